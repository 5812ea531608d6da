import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  /** `alert` for problems the reader should notice now, `status` for quiet notes. */
  role?: 'alert' | 'status';
}

export function PopupMessage({ children, role = 'status' }: Props) {
  return (
    <div class="popup-message" data-testid="popup-message" role={role}>
      {children}
    </div>
  );
}
