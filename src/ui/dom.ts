// Small helpers for building the panels in plain DOM: elements with properties, the side
// badge (shape as well as colour), and keeping the keyboard focus across a re-render.

import type { Side } from "../engine";
import { sideName } from "./describe";

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export function sideBadge(side: Side): HTMLSpanElement {
  return el("span", { className: `side-badge side-${side}` }, sideName(side));
}

/**
 * Rebuilds `box` with `render` and gives the focus back to the control that had it, found by
 * its `data-focus` key: panels are redrawn after every command, and a keyboard player who
 * just pressed a button there must not be thrown back to the top of the page.
 */
export function renderKeepingFocus(box: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && box.contains(active) ? active.dataset.focus : undefined;
  render();
  if (key === undefined) return;
  const again = box.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
  if (again && !(again instanceof HTMLButtonElement && again.disabled)) again.focus();
  else box.focus();
}

/**
 * Gives the focus back to where it was before a dialog opened. The panels may have been
 * redrawn meanwhile (an attack changes the selected unit's panel), so a control that is gone
 * is found again by its `data-focus` key; failing that the board takes the focus, so the
 * keyboard player is never left at the top of the page.
 */
export function focusBack(previous: Element | null): void {
  let target: Element | null = previous;
  if (target instanceof HTMLElement && !target.isConnected) {
    const key = target.dataset.focus;
    target = key === undefined ? null : document.querySelector(`[data-focus="${CSS.escape(key)}"]`);
  }
  if (target instanceof HTMLElement && target.isConnected && !(target instanceof HTMLButtonElement && target.disabled)) target.focus();
  else document.getElementById("board")?.focus();
}

/** Whether a key press belongs to a text field or list, where letters are typing, not shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}

export interface QuestionDialog {
  dialog: HTMLDialogElement;
  question: HTMLParagraphElement;
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

/**
 * A small modal question with a confirming and a cancelling button, labelled for screen
 * readers by its title and question, added to the page. Ids are `${id}-dialog`, `-title`,
 * `-question`, `-confirm` and `-cancel`.
 */
export function questionDialog(id: string, title: string, confirmLabel: string, cancelLabel: string): QuestionDialog {
  const heading = el("h2", { id: `${id}-title` }, title);
  const question = el("p", { id: `${id}-question` });
  const confirm = el("button", { id: `${id}-confirm`, type: "button", className: "primary" }, confirmLabel);
  const cancel = el("button", { id: `${id}-cancel`, type: "button" }, cancelLabel);
  const dialog = el("dialog", { id: `${id}-dialog`, className: "order-dialog small" }, heading, question, el("div", { className: "buttons" }, confirm, cancel));
  dialog.setAttribute("aria-labelledby", `${id}-title`);
  dialog.setAttribute("aria-describedby", `${id}-question`);
  document.body.append(dialog);
  return { dialog, question, confirm, cancel };
}
