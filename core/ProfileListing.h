#pragma once

#include <QByteArray>

namespace brickdesk {

struct ProfileCatalog;

// The JSON printed by `brickdesk --list-profiles`:
// {"config_file":..,"default_profile":..,"profiles":[{"name","host","auth_type","env",
//  "token_source"}],"errors":[..]}. Never a token.
QByteArray profileListingJson(const ProfileCatalog &catalog);

} // namespace brickdesk
