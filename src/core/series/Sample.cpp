#include "Sample.h"

namespace vigil {

const SeriesSample *SampleBatch::find(const SeriesId &id) const
{
    for (const SeriesSample &s : samples) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace vigil
