#pragma once

#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace vigil {

using Label = std::pair<QString, QString>;
// Always sorted by label name, names unique.
using Labels = QList<Label>;

// Identity of one series: a metric name plus a label set, as in Prometheus.
// Labels are kept sorted so equal sets compare and hash equal regardless of input order.
class SeriesId
{
public:
    SeriesId() = default;
    explicit SeriesId(QString name, Labels labels = {});

    bool isValid() const { return !m_name.isEmpty(); }
    const QString &name() const { return m_name; }
    const Labels &labels() const { return m_labels; }
    // Empty string when the label is absent, as Prometheus treats missing labels.
    QString label(QStringView key) const;
    SeriesId withLabel(const QString &key, const QString &value) const;

    // Prometheus text form: name{a="x",b="y"}; label values escaped (\\, \", \n).
    QString toString() const;
    // Parses the form toString() produces. Returns an invalid id and sets *error on failure.
    static SeriesId parse(QStringView text, QString *error = nullptr);

    static bool isValidMetricName(QStringView name);
    static bool isValidLabelName(QStringView name);
    static QString escapeLabelValue(const QString &value);

    friend bool operator==(const SeriesId &a, const SeriesId &b)
    {
        return a.m_name == b.m_name && a.m_labels == b.m_labels;
    }
    friend bool operator!=(const SeriesId &a, const SeriesId &b) { return !(a == b); }
    friend bool operator<(const SeriesId &a, const SeriesId &b);

private:
    QString m_name;
    Labels m_labels;
};

size_t qHash(const SeriesId &id, size_t seed = 0) noexcept;

} // namespace vigil

Q_DECLARE_METATYPE(vigil::SeriesId)
