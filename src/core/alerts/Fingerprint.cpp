#include "Fingerprint.h"

#include <algorithm>

namespace vigil {

namespace {

constexpr quint64 OffsetBasis = 14695981039346656037ULL;
constexpr quint64 Prime = 1099511628211ULL;

quint64 add(quint64 hash, const QByteArray &bytes)
{
    for (const char c : bytes) {
        hash ^= quint64(quint8(c));
        hash *= Prime;
    }
    return hash;
}

quint64 addSeparator(quint64 hash)
{
    hash ^= 0xFFu;
    return hash * Prime;
}

} // namespace

QString alertFingerprint(const Labels &labels)
{
    // Prometheus sorts label names as Go strings, i.e. by UTF-8 bytes.
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(labels.size());
    for (const Label &l : labels)
        pairs.append({l.first.toUtf8(), l.second.toUtf8()});
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    quint64 hash = OffsetBasis;
    for (const auto &[name, value] : std::as_const(pairs)) {
        hash = addSeparator(add(hash, name));
        hash = addSeparator(add(hash, value));
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

} // namespace vigil
