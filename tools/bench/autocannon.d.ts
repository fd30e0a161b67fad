// The part of autocannon 9's API that tools/bench/load.ts uses (the package ships no types;
// @types/autocannon describes version 7).
declare module 'autocannon' {
	type Stats = { average: number; total: number; p50: number; p99: number };
	export type Result = {
		requests: Stats;
		latency: Stats;
		throughput: Stats;
		errors: number;
		timeouts: number;
		non2xx: number;
	};
	export type Options = {
		url: string;
		connections?: number;
		duration?: number;
		timeout?: number;
		requests?: { method?: string; path: string; headers?: Record<string, string> }[];
	};
	export default function autocannon(options: Options): Promise<Result>;
}
