/**
 * After a dialog closes, React Aria returns focus to the button that opened it. When that button
 * is gone (an "Invite" that became "Roles", a removed unit), focus would fall to the page body
 * and a keyboard user would start again from the top: put it on a stable neighbour instead.
 */
export function focusIfLost(id: string) {
  window.setTimeout(() => {
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById(id)?.focus();
  }, 100);
}
