import { createApp, defaultPlugins } from '@aftersales/adapter-http';
import { definePlugin } from '@aftersales/core';
import { cnSanbao2021 } from '@aftersales/warranty';
import type { ErrorExample } from './types';

/**
 * HTTP service (adapter-http): requests refused before they reach a rule. Each example sends one
 * request to the service's handler in this process (`app.request`), with no server listening.
 */
export const httpExamples: readonly ErrorExample[] = [
  {
    code: 'http.unauthorized',
    meaning:
      'The service has API keys and the request has none or a wrong one (answered 401 before the body is read): send the key in `x-api-key` or `Authorization: Bearer`.',
    meaningZh:
      '服务设置了 API 密钥，而请求未带密钥或密钥错误（在读取请求体之前即返回 401）：请在 `x-api-key` 或 `Authorization: Bearer` 中携带密钥。',
    outcome: 'returns',
    example: async () => {
      const app = createApp({ apiKeys: ['s3cret-key-of-the-dealer'] });
      const response = await app.request('/v1/catalog');
      return response.json();
    },
  },
  {
    code: 'http.payload_too_large',
    meaning:
      "The request body is larger than the service's `bodyLimit` (1 MiB by default), answered 413 without reading it all: send less per request, or raise `bodyLimit`.",
    meaningZh:
      '请求体超过服务的 `bodyLimit`（默认 1 MiB），未读完即返回 413：请减少单次请求的数据量，或调高 `bodyLimit`。',
    outcome: 'returns',
    example: async () => {
      const app = createApp({ bodyLimit: 1024 });
      const response = await app.request('/v1/warranty/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ note: 'x'.repeat(2048) }),
      });
      return response.json();
    },
  },
  {
    code: 'http.unsupported_media_type',
    meaning:
      'The request body is not declared as application/json (answered 415): send JSON with Content-Type: application/json.',
    meaningZh: '请求体未声明为 application/json（返回 415）：请以 Content-Type: application/json 发送 JSON。',
    outcome: 'returns',
    example: async () => {
      const response = await createApp().request('/v1/warranty/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'vin,brand\nLSVAU2187N2123456,Volkswagen\n',
      });
      return response.json();
    },
  },
  {
    code: 'http.invalid_json',
    meaning:
      'The request body is empty, cut off, not UTF-8, or not valid JSON (answered 400): send one complete, well-formed JSON document.',
    meaningZh:
      '请求体为空、中途截断、不是 UTF-8 或不是有效的 JSON（返回 400）：请发送一个完整且格式正确的 JSON 文档。',
    outcome: 'returns',
    example: async () => {
      const response = await createApp().request('/v1/warranty/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: "{ vehicle: { vin: 'LSVAU2187N2123456' } }",
      });
      return response.json();
    },
  },
  {
    code: 'http.forbidden_key',
    meaning:
      'The body has a key such as `__proto__`, `constructor` or `prototype`, refused to protect the service from prototype pollution (answered 400): rename the key.',
    meaningZh:
      '请求体含有 `__proto__`、`constructor`、`prototype` 等键，为防止原型污染而拒绝（返回 400）：请更改键名。',
    outcome: 'returns',
    example: async () => {
      const response = await createApp().request('/v1/warranty/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{ "__proto__": { "isAdmin": true } }',
      });
      return response.json();
    },
  },
  {
    code: 'http.too_deep',
    meaning:
      "The body nests arrays and objects deeper than the service's `maxDepth` (answered 400 before parsing, so deep nesting cannot exhaust the stack): flatten the document, or raise `maxDepth`.",
    meaningZh:
      '请求体中数组与对象的嵌套深度超过服务的 `maxDepth`（解析前即返回 400，以免过深嵌套耗尽调用栈）：请减少嵌套，或调高 `maxDepth`。',
    outcome: 'returns',
    example: async () => {
      const app = createApp({ maxDepth: 16 });
      const response = await app.request('/v1/warranty/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `${'['.repeat(20)}${']'.repeat(20)}`,
      });
      return response.json();
    },
  },
  {
    code: 'http.not_found',
    meaning: 'No endpoint has this method and path (answered 404): see `/openapi.json` for the endpoints.',
    meaningZh: '没有该方法与路径的接口（返回 404）：接口列表见 `/openapi.json`。',
    outcome: 'returns',
    example: async () => {
      const response = await createApp().request('/v1/warranty/evaluations');
      return response.json();
    },
  },
  {
    code: 'http.internal',
    meaning:
      "The service failed on the request with an uncoded error, which is a bug in the library or a plugin, never the request's fault (answered 500 with a reference; the details are logged, not sent): report it with the reference.",
    meaningZh:
      '服务处理请求时出现未编码的错误，这是本库或插件的缺陷，并非请求本身有误（返回 500 并附参考号；详情只写入日志，不返回）：请凭参考号报告。',
    outcome: 'returns',
    example: async () => {
      // A plugin whose rule has a bug: its rights function throws a plain Error.
      const buggy = definePlugin({
        id: '@acme/sanbao-fork',
        version: '0.1.0',
        jurisdictions: [
          {
            ...cnSanbao2021,
            id: 'acme-sanbao',
            evaluateRights: () => {
              throw new TypeError("Cannot read properties of undefined (reading 'km')");
            },
          },
        ],
      });
      const app = createApp({ plugins: [...defaultPlugins, buggy], logger: { error: () => {} } });
      const response = await app.request('/v1/warranty/rights', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          case: {
            vehicle: {
              vin: 'LSVAU2187N2123456',
              brand: 'Volkswagen',
              model: 'Lavida',
              modelYear: 2022,
              invoiceDate: '2022-06-12',
            },
            repairs: [],
          },
          jurisdictions: ['acme-sanbao'],
        }),
      });
      return response.json();
    },
  },
];
