"""A bounded HTTP load generator, run as its own process: N connections for S seconds against 127.0.0.1 only.

    python bench/load.py spec.json --connections 8 --seconds 30 [--timeline]

spec.json: {"url": "http://127.0.0.1:PORT", "paths": ["/", ...]}. Prints one JSON object: request count, errors
by kind, latency percentiles, and with --timeline every request as [start offset s, latency ms, status].
Status 0 means the request failed without a response (refused, reset, timed out).
"""

import argparse
import http.client
import itertools
import json
import statistics
import threading
import time
from urllib.parse import urlsplit


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("spec")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--timeline", action="store_true")
    args = parser.parse_args()
    with open(args.spec) as handle:
        spec = json.load(handle)
    target = urlsplit(spec["url"])
    if target.hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit("load is only ever sent to this machine")
    paths = itertools.cycle(spec["paths"])
    lock = threading.Lock()
    records = []
    start = time.monotonic()
    stop_at = start + args.seconds

    def worker():
        while True:
            now = time.monotonic()
            if now >= stop_at:
                return
            with lock:
                path = next(paths)
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=args.timeout)
            began = time.monotonic()
            try:
                connection.request("GET", path, headers={"Host": target.netloc, "Connection": "close"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0
            finally:
                connection.close()
            ended = time.monotonic()
            with lock:
                records.append((round(began - start, 4), round((ended - began) * 1000, 2), status, path))

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.seconds + args.timeout + 10)
    duration = time.monotonic() - start
    latencies = [latency for _t, latency, _s, _p in records]
    errors = {
        "no_response": sum(1 for r in records if r[2] == 0),
        "status_5xx": sum(1 for r in records if r[2] >= 500),
        "status_4xx": sum(1 for r in records if 400 <= r[2] < 500),
    }
    result = {
        "tool": "bench/load.py",
        "connections": args.connections,
        "requests": len(records),
        "started_monotonic": start,  # CLOCK_MONOTONIC: the same clock in every process on this machine
        "duration_s": round(duration, 3),
        "requests_per_s": round(len(records) / duration, 1),
        "errors": errors,
        "error_count": sum(errors.values()),
        "latency_ms": {
            "p50": percentile(latencies, 50),
            "p90": percentile(latencies, 90),
            "p99": percentile(latencies, 99),
            "max": max(latencies, default=None),
            "mean": round(statistics.fmean(latencies), 2) if latencies else None,
        },
    }
    if args.timeline:
        result["timeline"] = [list(record) for record in sorted(records)]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
