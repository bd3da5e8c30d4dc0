/**
 * The live maxima of the subgraphs' unpaged lists (GET /list-sizes on each subgraph, see
 * @atlas/runtime list-sizes.ts), read at start and every `refreshMs`, for demand control:
 * a list is costed at the larger of its declared @listSize and its live maximum. A
 * subgraph that cannot answer keeps its last known sizes (or the declared ones).
 */
import { LIST_SIZES_PATH } from "@atlas/runtime/src/list-sizes";
import { SUBGRAPH_SECRET_HEADER } from "@atlas/runtime/src/secret";
import type { Logger } from "@atlas/runtime";
import { fetch as undiciFetch, type Dispatcher } from "undici";

export class LiveListSizes {
  private readonly sizes = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly urls: Record<string, string>,
    private readonly options: { dispatcher: Dispatcher; secret?: string; refreshMs: number; logger?: Logger },
  ) {}

  /** The longest list `field` ("Type.field") holds now, if a subgraph said. */
  get(field: string): number | undefined {
    return this.sizes.get(field);
  }

  /** Reads every subgraph once (waiting at most `waitMs`), then refreshes in the background. */
  async start(waitMs = 3000): Promise<void> {
    await Promise.race([this.refresh(), new Promise((r) => setTimeout(r, waitMs).unref())]);
    this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    await Promise.all(
      Object.entries(this.urls).map(async ([name, url]) => {
        try {
          const res = await undiciFetch(new URL(LIST_SIZES_PATH, url), {
            dispatcher: this.options.dispatcher,
            headers: this.options.secret ? { [SUBGRAPH_SECRET_HEADER]: this.options.secret } : {},
            signal: AbortSignal.timeout(5000),
          });
          if (res.status === 404) return void (await res.arrayBuffer()); // a subgraph without unpaged lists
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          const { sizes } = (await res.json()) as { sizes: Record<string, number> };
          for (const [field, n] of Object.entries(sizes)) if (Number.isFinite(n)) this.sizes.set(field, n);
        } catch (e) {
          this.options.logger?.warn({ subgraph: name, cause: (e as Error).message }, "list sizes not read; keeping the last known");
        }
      }),
    );
  }
}
