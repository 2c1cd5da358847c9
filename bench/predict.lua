-- wrk script for bench/serve.sh: POST /api/v1/predict over a rotation of E0 fixtures, half of
-- them with prices (so the market view and the edge are computed too; PRICED=0 sends none), and a
-- one-line JSON summary at the end. EXTRAS adds fields to every body, e.g. EXTRAS='"interval":0.9'.
local teams = {"Arsenal", "Chelsea", "Liverpool", "Man City", "Man United", "Tottenham", "Newcastle",
               "Aston Villa", "Brighton", "West Ham", "Everton", "Fulham", "Brentford", "Crystal Palace",
               "Wolves", "Bournemouth"}
local requests = {}

init = function(args)
  local n = 0
  for i = 1, #teams do
    for j = 1, #teams do
      if i ~= j then
        n = n + 1
        local body
        if n % 2 == 0 and os.getenv("PRICED") ~= "0" then
          body = string.format('{"home":"%s","away":"%s","odds":{"home":%.2f,"draw":3.40,"away":%.2f}}',
                               teams[i], teams[j], 1.5 + (i % 7) * 0.4, 1.6 + (j % 7) * 0.45)
        else
          body = string.format('{"home":"%s","away":"%s"}', teams[i], teams[j])
        end
        local extras = os.getenv("EXTRAS")
        if extras ~= nil and extras ~= "" then
          body = body:sub(1, -2) .. "," .. extras .. "}"
        end
        requests[n] = wrk.format("POST", "/api/v1/predict", {["Content-Type"] = "application/json"}, body)
      end
    end
  end
end

local i = 0
request = function()
  i = i % #requests + 1
  return requests[i]
end

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format('RESULT {"requests":%d,"seconds":%.2f,"rps":%.0f,"p50_ms":%.3f,"p90_ms":%.3f,'
    .. '"p99_ms":%.3f,"max_ms":%.3f,"errors":%d,"non_2xx":%d}\n', summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.status + e.timeout, e.status))
end
