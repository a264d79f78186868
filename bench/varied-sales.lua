-- The varied workload of bench/mock-bench.sh: GET /v1/{os}/sales_report_estimates, each request
-- another combination of operating system, granularity, app ids, countries and date range, all
-- valid against the spec. Request i is built from i mod 3 (os), 4 (granularity), 5 (number of
-- countries), 7 (span), 23 (first country), 97 (start day) and 101 (first app id): pairwise
-- coprime moduli, so the first 3*4*5*7*23*97*101 (about 94 million) requests are all distinct.
-- Thread t starts at index t * 2^24, so threads do not send the same requests (for fewer than
-- 16 million requests each).
-- Arguments (after --): DISTINCT, the number of distinct requests to cycle through (default 0: no
-- cycling, every request new); START, the first index (default 0; a warm-up can start elsewhere
-- than the measured run); PRINT, a number of paths to print first (to check them with curl).
--   wrk -t2 -c32 -d10s -s bench/varied-sales.lua http://127.0.0.1:4010 -- 4000

local oses = {"ios", "android", "unified"}
local granularities = {"daily", "weekly", "monthly", "quarterly"}
local span_days = {daily = 1, weekly = 7, monthly = 31, quarterly = 92}
local countries = {"US", "GB", "DE", "FR", "JP", "KR", "CN", "BR", "IN", "CA", "AU", "IT", "ES",
                   "MX", "NL", "SE", "TR", "RU", "ID", "SA", "AE", "PL", "WW"}
local base_day = 18993 -- 2022-01-01, in days since 1970-01-01

local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

local function app_id(os, k)
  if os == "ios" then
    return tostring(284882215 + k * 7919)
  elseif os == "android" then
    return "com.example.app" .. k
  else
    return string.format("55c5%020x", 1000003 * (k + 1))
  end
end

local function day(d)
  return os.date("!%Y-%m-%d", d * 86400)
end

local function path(i)
  local os_name = oses[i % 3 + 1]
  local granularity = granularities[i % 4 + 1]
  local ncountries = i % 5 + 1
  local periods = i % 7 + 1
  local first_country = i % 23
  local start = base_day + (i % 97) * 3
  local first_app = i % 101
  local ids = app_id(os_name, first_app)
  if granularity == "daily" or granularity == "weekly" then
    ids = ids .. "," .. app_id(os_name, (first_app + 37) % 101)
  end
  local cc = {}
  for c = 0, ncountries - 1 do
    cc[#cc + 1] = countries[(first_country + c) % 23 + 1]
  end
  local stop = start + periods * span_days[granularity] - 1
  return string.format("/v1/%s/sales_report_estimates?app_ids=%s&countries=%s&date_granularity=%s"
      .. "&start_date=%s&end_date=%s&auth_token=t",
      os_name, ids, table.concat(cc, ","), granularity, day(start), day(stop))
end

local counter, offset, distinct

function init(args)
  counter = 0
  distinct = tonumber(args[1]) or 0
  offset = (tonumber(args[2]) or 0) + (thread_id or 0) * 16777216
  local print_count = tonumber(args[3]) or 0
  for i = 0, print_count - 1 do
    io.write(path(i), "\n")
  end
end

function request()
  local i = offset + counter
  counter = counter + 1
  if distinct > 0 then i = i % distinct end
  return wrk.format("GET", path(i))
end
