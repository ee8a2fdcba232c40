#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "brickdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "brickdesk.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTokens, "brickdesk.tokens", QtInfoMsg)
