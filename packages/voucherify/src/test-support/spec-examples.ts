import { readReference } from './examples.js';

interface MediaType {
  examples?: Record<string, { value: unknown }>;
}

interface Operation {
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

type Spec = { paths: Record<string, Record<string, Operation>> };

let spec: Spec | undefined;

/** The named examples of a `POST` operation of `readOnly-openAPI.json`: its request bodies and 200 responses. */
export function postExamples(path: string): {
  requests: [string, unknown][];
  responses: [string, unknown][];
} {
  return operationExamples('post', path);
}

/** The named examples of an operation of `readOnly-openAPI.json`: its request bodies and 200 responses. */
export function operationExamples(
  method: 'get' | 'post',
  path: string,
): {
  requests: [string, unknown][];
  responses: [string, unknown][];
} {
  spec ??= readReference<Spec>('readOnly-openAPI.json');
  const operation = spec.paths[path]?.[method];
  if (operation === undefined) throw new Error(`The spec has no ${method.toUpperCase()} ${path}`);
  const entries = (media: MediaType | undefined): [string, unknown][] =>
    Object.entries(media?.examples ?? {}).map(([name, example]) => [name, example.value]);
  return {
    requests: entries(operation.requestBody?.content?.['application/json']),
    responses: entries(operation.responses?.['200']?.content?.['application/json']),
  };
}
