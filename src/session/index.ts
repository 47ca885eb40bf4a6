// Sessions: the command log, undo, save and replay files, replay verification.

export * from "../scenario/safe-json";
export * from "./files";
export * from "./session";
export * from "./replay";
export * from "./undo-rule";
