// CheckEditorDialog: the per-type forms (filling them from a CheckSpec and reading them back).

#include "CheckEditorDialog.h"
#include "ui_CheckEditorDialog.h"

#include "CheckTableModel.h"
#include "checks/CheckText.h"
#include "config/Duration.h"

#include <QHash>
#include <QRegularExpression>

namespace vigil {

namespace {

constexpr qint64 KiB = 1024, MiB = KiB * 1024, GiB = MiB * 1024, TiB = GiB * 1024;

QString optionalDuration(qint64 ms)
{
    return ms > 0 ? formatDuration(ms) : QString();
}

QString statusesText(const QList<StatusRange> &ranges)
{
    QStringList parts;
    for (const StatusRange &r : ranges)
        parts.append(r.from == r.to ? QString::number(r.from)
                                    : QStringLiteral("%1-%2").arg(r.from).arg(r.to));
    return parts.join(QStringLiteral(", "));
}

bool parseStatuses(const QString &text, QList<StatusRange> *out)
{
    static const QRegularExpression range(QStringLiteral("^(\\d{3})(?:\\s*-\\s*(\\d{3}))?$"));
    QList<StatusRange> ranges;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = range.match(part.trimmed());
        if (!m.hasMatch())
            return false;
        const int from = m.captured(1).toInt();
        ranges.append({from, m.captured(2).isEmpty() ? from : m.captured(2).toInt()});
    }
    *out = ranges;
    return true;
}

QString headersText(const QList<std::pair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(u'\n');
}

QString sizeText(qint64 bytes)
{
    if (bytes < 0)
        return {};
    const std::pair<qint64, const char *> units[] = {{TiB, "TiB"},
                                                     {GiB, "GiB"},
                                                     {MiB, "MiB"},
                                                     {KiB, "KiB"},
                                                     {1000LL * 1000 * 1000 * 1000, "TB"},
                                                     {1000LL * 1000 * 1000, "GB"},
                                                     {1000LL * 1000, "MB"},
                                                     {1000, "kB"}};
    for (const auto &[factor, unit] : units) {
        if (bytes > 0 && bytes % factor == 0)
            return QString::number(bytes / factor) + u' ' + QLatin1String(unit);
    }
    return QString::number(bytes);
}

// "10MiB", "500 kB", "1048576"; empty is no limit (-1).
bool parseSize(const QString &text, qint64 *out)
{
    if (text.trimmed().isEmpty()) {
        *out = -1;
        return true;
    }
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    static const QHash<QString, double> factors = {
        {QStringLiteral("B"), 1},     {QStringLiteral("kB"), 1e3},  {QStringLiteral("KB"), 1e3},
        {QStringLiteral("KiB"), KiB}, {QStringLiteral("MB"), 1e6},  {QStringLiteral("MiB"), MiB},
        {QStringLiteral("GB"), 1e9},  {QStringLiteral("GiB"), GiB}, {QStringLiteral("TB"), 1e12},
        {QStringLiteral("TiB"), TiB}};
    const double value = m.captured(1).toDouble() * factors.value(m.captured(2), 1);
    if (value >= 9e15)
        return false;
    *out = qint64(value);
    return true;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

} // namespace

void CheckEditorDialog::setupFields()
{
    for (CheckType type : {CheckType::Http, CheckType::Tcp, CheckType::Dns, CheckType::Process,
                           CheckType::File, CheckType::Log, CheckType::Prometheus})
        m_ui->typeComboBox->addItem(CheckText::typeText(type), int(type));
    for (const char *method : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        m_ui->httpMethodComboBox->addItem(QLatin1String(method));
    m_ui->logMinLevelComboBox->addItem(tr("none (use the pattern)"), QString());
    for (const char *level : {"debug", "info", "warning", "error", "critical", "fatal"})
        m_ui->logMinLevelComboBox->addItem(QLatin1String(level), QLatin1String(level));
}

void CheckEditorDialog::fill(const CheckSpec &s)
{
    m_ui->nameLineEdit->setText(s.name);
    m_ui->typeComboBox->setCurrentIndex(m_ui->typeComboBox->findData(int(s.type)));
    m_ui->enabledCheckBox->setChecked(s.enabled);
    m_ui->intervalLineEdit->setText(formatDuration(s.intervalMs));
    m_ui->timeoutLineEdit->setText(formatDuration(s.timeoutMs));
    m_ui->retriesSpinBox->setValue(s.retries);
    m_ui->recoverAfterSpinBox->setValue(s.recoverAfter);

    m_ui->httpUrlLineEdit->setText(s.http.url);
    m_ui->httpMethodComboBox->setEditText(s.http.method);
    m_ui->httpExpectedStatusLineEdit->setText(statusesText(s.http.expectStatus));
    m_ui->httpKeywordLineEdit->setText(s.http.keyword);
    m_ui->httpBodyRegexLineEdit->setText(s.http.bodyRegex);
    m_ui->httpJsonFieldLineEdit->setText(s.http.jsonField);
    m_ui->httpJsonEqualsLineEdit->setText(s.http.jsonEquals);
    m_ui->httpDegradedLatencyLineEdit->setText(optionalDuration(s.http.degradedLatencyMs));
    m_ui->httpVerifyTlsCheckBox->setChecked(s.http.verifyTls);
    m_ui->httpCertWarningSpinBox->setValue(s.http.certWarningDays);
    m_ui->httpCertCriticalSpinBox->setValue(s.http.certCriticalDays);
    m_ui->httpHeadersPlainTextEdit->setPlainText(headersText(s.http.headers));

    m_ui->tcpHostLineEdit->setText(s.tcp.host);
    m_ui->tcpPortSpinBox->setValue(s.tcp.port);
    m_ui->tcpSendLineEdit->setText(s.tcp.send);
    m_ui->tcpExpectLineEdit->setText(s.tcp.expect);

    m_ui->dnsNameLineEdit->setText(s.dns.name);
    m_ui->dnsServerLineEdit->setText(s.dns.server);
    m_ui->dnsExpectAddressLineEdit->setText(s.dns.expectAddress);

    m_ui->processNameLineEdit->setText(s.process.name);
    m_ui->processCmdlineLineEdit->setText(s.process.cmdlineRegex);
    m_ui->processMinCountSpinBox->setValue(s.process.minCount);
    m_ui->processMaxCountSpinBox->setValue(s.process.maxCount);

    m_ui->filePathLineEdit->setText(s.file.path);
    m_ui->fileMaxAgeLineEdit->setText(optionalDuration(s.file.maxAgeMs));
    m_ui->fileMaxSizeLineEdit->setText(sizeText(s.file.maxSizeBytes));

    m_ui->logPathLineEdit->setText(s.log.path);
    m_ui->logPatternLineEdit->setText(s.log.pattern);
    QComboBox *level = m_ui->logMinLevelComboBox;
    if (level->findData(s.log.minLevel) < 0) // "warn", "WARNING": keep what the file says
        level->addItem(s.log.minLevel, s.log.minLevel);
    level->setCurrentIndex(level->findData(s.log.minLevel));
    m_ui->logMaxPerMinuteDoubleSpinBox->setValue(s.log.maxPerMinute);

    m_ui->promUrlLineEdit->setText(s.prometheus.url);
    m_ui->promAllowPlainTextEdit->setPlainText(s.prometheus.allow.join(u'\n'));
    m_ui->promDenyPlainTextEdit->setPlainText(s.prometheus.deny.join(u'\n'));
    m_ui->promMaxSeriesSpinBox->setValue(s.prometheus.maxSeries);
}

CheckEditorDialog::Parsed CheckEditorDialog::parse() const
{
    Parsed p;
    CheckSpec &s = p.spec; // other types' parts stay at their defaults, as a reread file has them
    auto error = [&p](QWidget *w, const QString &key, const QString &why) {
        p.errors.append({w, CheckTableModel::fieldTitle(key) + QStringLiteral(": ") + why});
    };
    auto duration = [&](QLineEdit *edit, const QString &key, qint64 *out, bool optional) {
        const QString text = edit->text().trimmed();
        QString why;
        if (optional && text.isEmpty())
            *out = 0;
        else if (!parseDuration(text, out, &why))
            error(edit, key, why.isEmpty() ? tr("not a duration like 30s") : why);
    };

    s.name = m_ui->nameLineEdit->text().trimmed();
    s.type = CheckType(m_ui->typeComboBox->currentData().toInt());
    s.enabled = m_ui->enabledCheckBox->isChecked();
    s.intervalMs = m_spec.intervalMs;
    s.timeoutMs = m_spec.timeoutMs;
    duration(m_ui->intervalLineEdit, QStringLiteral("interval"), &s.intervalMs, false);
    duration(m_ui->timeoutLineEdit, QStringLiteral("timeout"), &s.timeoutMs, false);
    s.retries = m_ui->retriesSpinBox->value();
    s.recoverAfter = m_ui->recoverAfterSpinBox->value();
    s.backoffBaseMs = m_spec.backoffBaseMs;
    s.backoffCapMs = m_spec.backoffCapMs;

    switch (s.type) {
    case CheckType::Http: {
        s.http = m_spec.http; // body, redirects, health documents: kept as given
        s.http.url = m_ui->httpUrlLineEdit->text().trimmed();
        s.http.method = m_ui->httpMethodComboBox->currentText().trimmed();
        if (!parseStatuses(m_ui->httpExpectedStatusLineEdit->text(), &s.http.expectStatus))
            error(m_ui->httpExpectedStatusLineEdit, QStringLiteral("expected_status"),
                  tr("write codes and ranges like 200-399, 418"));
        s.http.keyword = m_ui->httpKeywordLineEdit->text();
        s.http.bodyRegex = m_ui->httpBodyRegexLineEdit->text();
        s.http.jsonField = m_ui->httpJsonFieldLineEdit->text().trimmed();
        s.http.jsonEquals = m_ui->httpJsonEqualsLineEdit->text();
        duration(m_ui->httpDegradedLatencyLineEdit, QStringLiteral("degraded_latency"),
                 &s.http.degradedLatencyMs, true);
        s.http.verifyTls = m_ui->httpVerifyTlsCheckBox->isChecked();
        s.http.certWarningDays = m_ui->httpCertWarningSpinBox->value();
        s.http.certCriticalDays = m_ui->httpCertCriticalSpinBox->value();
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        s.http.headers.clear();
        for (const QString &line : lines(m_ui->httpHeadersPlainTextEdit)) {
            const qsizetype colon = line.indexOf(u':');
            const QString name = line.left(colon).trimmed();
            if (colon < 0 || !token.match(name).hasMatch())
                error(m_ui->httpHeadersPlainTextEdit, QStringLiteral("headers"),
                      tr("“%1” is not a “Name: value” line").arg(line));
            else
                s.http.headers.append({name, line.mid(colon + 1).trimmed()});
        }
        break;
    }
    case CheckType::Tcp:
        s.tcp.host = m_ui->tcpHostLineEdit->text().trimmed();
        s.tcp.port = m_ui->tcpPortSpinBox->value();
        s.tcp.send = m_ui->tcpSendLineEdit->text();
        s.tcp.expect = m_ui->tcpExpectLineEdit->text();
        break;
    case CheckType::Dns:
        s.dns.name = m_ui->dnsNameLineEdit->text().trimmed();
        s.dns.server = m_ui->dnsServerLineEdit->text().trimmed();
        s.dns.expectAddress = m_ui->dnsExpectAddressLineEdit->text().trimmed();
        break;
    case CheckType::Process:
        s.process.name = m_ui->processNameLineEdit->text().trimmed();
        s.process.cmdlineRegex = m_ui->processCmdlineLineEdit->text();
        s.process.minCount = m_ui->processMinCountSpinBox->value();
        s.process.maxCount = m_ui->processMaxCountSpinBox->value();
        break;
    case CheckType::File:
        s.file.path = m_ui->filePathLineEdit->text().trimmed();
        duration(m_ui->fileMaxAgeLineEdit, QStringLiteral("max_age"), &s.file.maxAgeMs, true);
        if (!parseSize(m_ui->fileMaxSizeLineEdit->text(), &s.file.maxSizeBytes))
            error(m_ui->fileMaxSizeLineEdit, QStringLiteral("max_size"),
                  tr("write a size like 500 MB or 2 GiB"));
        break;
    case CheckType::Log:
        s.log.path = m_ui->logPathLineEdit->text().trimmed();
        s.log.pattern = m_ui->logPatternLineEdit->text();
        s.log.minLevel = m_ui->logMinLevelComboBox->currentData().toString();
        s.log.maxPerMinute = m_ui->logMaxPerMinuteDoubleSpinBox->value();
        break;
    case CheckType::Prometheus:
        s.prometheus.url = m_ui->promUrlLineEdit->text().trimmed();
        s.prometheus.allow = lines(m_ui->promAllowPlainTextEdit);
        s.prometheus.deny = lines(m_ui->promDenyPlainTextEdit);
        s.prometheus.maxSeries = m_ui->promMaxSeriesSpinBox->value();
        break;
    }
    return p;
}

QWidget *CheckEditorDialog::widgetForKey(const QString &key, CheckType type) const
{
    QHash<QString, QWidget *> w = {
        {QStringLiteral("name"), m_ui->nameLineEdit},
        {QStringLiteral("interval"), m_ui->intervalLineEdit},
        {QStringLiteral("timeout"), m_ui->timeoutLineEdit},
        {QStringLiteral("retries"), m_ui->retriesSpinBox},
        {QStringLiteral("recover_after"), m_ui->recoverAfterSpinBox},
    };
    switch (type) {
    case CheckType::Http:
        w.insert({{QStringLiteral("url"), m_ui->httpUrlLineEdit},
                  {QStringLiteral("method"), m_ui->httpMethodComboBox},
                  {QStringLiteral("expected_status"), m_ui->httpExpectedStatusLineEdit},
                  {QStringLiteral("body_regex"), m_ui->httpBodyRegexLineEdit},
                  {QStringLiteral("json_field"), m_ui->httpJsonFieldLineEdit},
                  {QStringLiteral("cert_critical_days"), m_ui->httpCertCriticalSpinBox}});
        break;
    case CheckType::Tcp:
        w.insert({{QStringLiteral("host"), m_ui->tcpHostLineEdit},
                  {QStringLiteral("port"), m_ui->tcpPortSpinBox}});
        break;
    case CheckType::Dns:
        w.insert({{QStringLiteral("query"), m_ui->dnsNameLineEdit},
                  {QStringLiteral("server"), m_ui->dnsServerLineEdit},
                  {QStringLiteral("expect_address"), m_ui->dnsExpectAddressLineEdit}});
        break;
    case CheckType::Process:
        w.insert({{QStringLiteral("process"), m_ui->processNameLineEdit},
                  {QStringLiteral("cmdline"), m_ui->processCmdlineLineEdit},
                  {QStringLiteral("min_count"), m_ui->processMinCountSpinBox},
                  {QStringLiteral("max_count"), m_ui->processMaxCountSpinBox}});
        break;
    case CheckType::File:
        w.insert(QStringLiteral("path"), m_ui->filePathLineEdit);
        break;
    case CheckType::Log:
        w.insert({{QStringLiteral("path"), m_ui->logPathLineEdit},
                  {QStringLiteral("pattern"), m_ui->logPatternLineEdit},
                  {QStringLiteral("min_level"), m_ui->logMinLevelComboBox},
                  {QStringLiteral("max_per_minute"), m_ui->logMaxPerMinuteDoubleSpinBox}});
        break;
    case CheckType::Prometheus:
        w.insert({{QStringLiteral("url"), m_ui->promUrlLineEdit},
                  {QStringLiteral("allow"), m_ui->promAllowPlainTextEdit},
                  {QStringLiteral("deny"), m_ui->promDenyPlainTextEdit},
                  {QStringLiteral("max_series"), m_ui->promMaxSeriesSpinBox}});
        break;
    }
    return w.value(key, nullptr);
}

} // namespace vigil
