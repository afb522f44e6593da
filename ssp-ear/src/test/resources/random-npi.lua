-- wrk script for ./ssp bench lookup: each request asks for one random NPI of the seeded data set
local npis = {}
for line in io.lines(os.getenv("SSP_BENCH_NPIS")) do npis[#npis + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", wrk.path .. npis[math.random(#npis)])
end
