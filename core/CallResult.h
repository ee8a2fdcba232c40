#pragma once

#include "ApiError.h"

namespace brickdesk {

// The answer to one typed call: a parsed value, or why there is none. An answer that is not the
// JSON the API promises is an error too (ApiError::Kind::InvalidResponse), never a half-filled
// value.
template<typename T> struct CallResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// The value of a call that answers nothing worth keeping.
struct Done
{};

} // namespace brickdesk
