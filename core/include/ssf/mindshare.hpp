// Group D of DOMAIN.md: where reps spend their time. Sales velocity, the
// attraction model of rep mindshare, and the ADBUDG sales response curve
// (Little 1970) that turns a change of selling effort into a revenue multiple.
#pragma once

#include "ssf/input.hpp"

#include <vector>

namespace ssf {

// opportunities * deal_size * win_rate / cycle_days: value per day.
// opportunities >= 0, deal_size >= 0, win_rate in [0, 1], cycle_days > 0.
double velocity(double opportunities, double dealSize, double winRate, double cycleDays);

// Each product's share of rep selling time: attraction_i = velocity_i *
// access_i * comfort_i * credit_rate_i (optional factors: null = 1; each an
// aligned range, >= 0), share_i = attraction_i / sum of attractions. The
// shares sum to 1. The result follows the inputs' orientation: N x 1 when
// they are columns, 1 x N when they are rows. All attractions 0: InputError;
// no product rows: NotAvailable.
std::vector<std::vector<double>> mindshare(const Range& opportunities, const Range& dealSize, const Range& winRate,
                                           const Range& cycleDays, const Range* access, const Range* comfort,
                                           const Range* creditRate);

// ADBUDG: floor + (ceiling - floor) * effort^shape / (scale + effort^shape).
// effort >= 0 (1 = today's effort), 0 <= floor <= ceiling, shape > 0, scale > 0.
double response(double effort, double floor, double ceiling, double shape, double scale);

// The curve through (1, 1) and (1.5, at150): scale = (ceiling - 1) / (1 - floor),
// shape = ln(scale * (at150 - floor) / (ceiling - at150)) / ln 1.5.
// Requires 0 <= floor < 1 < at150 < ceiling (so that shape > 0).
struct ResponseFit {
    double shape = 0.0;
    double scale = 0.0;
};
ResponseFit responseFit(double floor, double ceiling, double at150);

}  // namespace ssf
