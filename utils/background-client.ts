import { browser } from 'wxt/browser';
import type { BackgroundRequests, MessageOf, ResponseOf } from './messages';

/** Typed request to the background (the only writer and the only one that injects scripts). */
export async function askBackground<K extends keyof BackgroundRequests>(
  message: MessageOf<BackgroundRequests, K>,
): Promise<ResponseOf<BackgroundRequests, K>> {
  try {
    const response = await browser.runtime.sendMessage(message);
    return (response ?? { problem: 'failed' }) as ResponseOf<BackgroundRequests, K>;
  } catch {
    return { problem: 'failed' } as ResponseOf<BackgroundRequests, K>;
  }
}
