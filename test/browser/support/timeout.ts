// A browser test walks a whole flow through several pages, each waiting on the service; on a busy
// 2-core machine that takes minutes, not the one minute the API tests get.
jest.setTimeout(240_000);
