-- wrk script (bench/wrk.py): print the slowest tenth of the latencies, the 90th to the
-- 99.9th percentile by tenths of a percent, so that the rounds of a row can be merged
-- into one p99 over all their requests. Values are microseconds.
done = function(summary, latency, requests)
  for tenth = 900, 999 do
    io.write(string.format("TAIL %.1f %d\n", tenth / 10, latency:percentile(tenth / 10)))
  end
end
