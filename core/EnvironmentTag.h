#pragma once

#include <QString>

namespace brickdesk {

// How dangerous a workspace is. Prod is guarded everywhere: shown in red, and destructive actions
// ask the user to type the profile name.
enum class EnvironmentTag { Dev, Staging, Prod, Other };

QString environmentTagId(EnvironmentTag tag);   // "dev", "staging", "prod", "other"
QString environmentTagLabel(EnvironmentTag tag); // "DEV", "STAGING", "PROD", "OTHER"
EnvironmentTag environmentTagFromId(const QString &id, EnvironmentTag fallback = EnvironmentTag::Other);
QString defaultEnvironmentColour(EnvironmentTag tag); // "#rrggbb"; prod is always red

// A first guess from the profile name and host, used until the user tags the profile. When in
// doubt it says Other, never a less guarded tag than the name suggests.
EnvironmentTag guessEnvironmentTag(const QString &profileName, const QString &host);

} // namespace brickdesk
