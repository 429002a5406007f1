"""Times a Python textstat + VADER scorer on a JSON Lines corpus, for comparison with frontline-benchmark.

Usage:
    swift run -c release frontline-benchmark --dump /tmp/corpus.jsonl
    pip install textstat vaderSentiment
    python3 docs/benchmarks/python_baseline.py /tmp/corpus.jsonl
"""
import json
import sys
import time

import textstat
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    analyzer = SentimentIntensityAnalyzer()
    size = sum(len(r["reply"].encode()) + len(r.get("customer", "").encode()) for r in rows)
    start = time.perf_counter()
    checksum = 0.0
    for row in rows:
        reply = row["reply"]
        checksum += textstat.flesch_reading_ease(reply)
        checksum += textstat.flesch_kincaid_grade(reply)
        checksum += analyzer.polarity_scores(reply)["compound"]
        checksum += analyzer.polarity_scores(row.get("customer", ""))["compound"]
    elapsed = time.perf_counter() - start
    print(f"python textstat+VADER: {len(rows)} replies in {elapsed:.3f} s, "
          f"{len(rows) / elapsed:.0f} replies/s, {size / 1048576 / elapsed:.2f} MB/s (checksum {checksum:.1f})")


if __name__ == "__main__":
    main(sys.argv[1])
