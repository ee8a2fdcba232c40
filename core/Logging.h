#pragma once

#include <QLoggingCategory>

// Log categories. What is logged: methods, paths, statuses, durations, profile names.
// What never is: tokens, secret values, Authorization headers, request bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcTokens)
