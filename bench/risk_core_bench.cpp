// The core's own time for SSF_RISK (bench/risk_bench.py compares Calc's to it):
//   risk_core_bench PRODUCTS TRIALS REPEAT [MODE]
// prints "median_ms mean p10 p50 p90 loss sd" for the products of
// benchTable() below, which risk_bench.py writes into its workbook too.
#include "ssf/risk.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// Product i of the benchmark table (the same formulas as risk_bench.py's).
struct Product {
    double revenue, margin, low, likely, high;
};
Product product(std::size_t i) {
    const double low = -0.30 + static_cast<double>(i % 5) * 0.02;
    return {1.0 + static_cast<double>(i * 37 % 100), 0.2 + static_cast<double>(i % 7) * 0.1, low,
            low + 0.10 + static_cast<double>(i % 3) * 0.05, low + 0.25 + static_cast<double>(i % 4) * 0.05};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: risk_core_bench PRODUCTS TRIALS REPEAT [independent|together]\n");
        return 2;
    }
    const std::size_t n = std::strtoul(argv[1], nullptr, 10);
    const double trials = std::strtod(argv[2], nullptr);
    const int repeat = std::atoi(argv[3]);
    const std::string mode = argc > 4 ? argv[4] : "independent";
    ssf::Range revenue(n, 1), margin(n, 1), low(n, 1), likely(n, 1), high(n, 1);
    for (std::size_t i = 0; i < n; ++i) {
        Product p = product(i);
        revenue.setNumber(i, 0, p.revenue);
        margin.setNumber(i, 0, p.margin);
        low.setNumber(i, 0, p.low);
        likely.setNumber(i, 0, p.likely);
        high.setNumber(i, 0, p.high);
    }
    // What the add-in does per call: settings from the scalars, then the core.
    std::vector<double> ms, result;
    for (int k = 0; k < repeat; ++k) {
        auto t0 = std::chrono::steady_clock::now();
        ssf::RiskSettings s = ssf::riskSettings(ssf::Scalar::of(3), ssf::Scalar::of(trials), ssf::Scalar::omitted(),
                                                ssf::Scalar::ofText(mode));
        result = ssf::risk(revenue, margin, low, likely, high, s);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%.3f", ms[ms.size() / 2]);
    for (double v : result) std::printf(" %.17g", v);
    std::printf("\n");
    return 0;
}
