// Scenarios: the file schema, the validating loader, the bundled files and their maps.

export * from "./schema";
export * from "./loader";
export * from "./bundled";
export * from "./maps";
export * from "./safe-json";
export * from "./map-file";
export * from "./parameters";
