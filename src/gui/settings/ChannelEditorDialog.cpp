#include "ChannelEditorDialog.h"
#include "ui_ChannelEditorDialog.h"

#include "ChannelTableModel.h"
#include "EditorProblems.h"
#include "alerts/MatcherSet.h"
#include "appearance/Appearance.h"
#include "config/Duration.h"
#include "notify/ChannelValidation.h"

#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace vigil {

namespace {

// The dispatcher's transfer timeout (15 s) ends every test; this is only a safety net.
constexpr int kTestTimeoutMs = 30000;

quint64 nextTestRequestId()
{
    static quint64 next = 0;
    return ++next;
}

const ChannelType kTypes[] = {ChannelType::Slack,     ChannelType::Discord,      ChannelType::Teams,
                              ChannelType::PagerDuty, ChannelType::Alertmanager, ChannelType::Ntfy,
                              ChannelType::Gotify,    ChannelType::Webhook};

// Braces are optional, as in a selector.
QStringView matcherText(const QString &text)
{
    QStringView t = QStringView(text).trimmed();
    if (t.startsWith(u'{') && t.endsWith(u'}'))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

} // namespace

ChannelEditorDialog::ChannelEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChannelEditorDialog>())
    , m_testTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    for (const ChannelType type : kTypes)
        m_ui->typeComboBox->addItem(ChannelTableModel::typeTitle(type), int(type));
    m_ui->severityComboBox->addItem(tr("Warning and critical"), int(Severity::Warning));
    m_ui->severityComboBox->addItem(tr("Critical only"), int(Severity::Critical));
    m_ui->testProgressBar->hide();
    m_ui->problemsLabel->hide();
    m_testTimer->setSingleShot(true);
    connect(m_testTimer, &QTimer::timeout, this, &ChannelEditorDialog::onTestTimeout);

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ChannelEditorDialog::revalidate);
    for (QAbstractButton *box : findChildren<QCheckBox *>())
        connect(box, &QAbstractButton::toggled, this, &ChannelEditorDialog::revalidate);
    connect(m_ui->severityComboBox, &QComboBox::currentIndexChanged, this,
            &ChannelEditorDialog::revalidate);
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this,
            &ChannelEditorDialog::onTypeChanged);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &ChannelEditorDialog::onTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_problems.isEmpty())
            accept();
    });
    setChannel(ChannelSpec());
}

ChannelEditorDialog::~ChannelEditorDialog() = default;

void ChannelEditorDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    revalidate();
}

void ChannelEditorDialog::setChannel(const ChannelSpec &spec)
{
    m_spec = spec;
    m_filling = true;
    setWindowTitle(spec.name.isEmpty() ? tr("New notification channel")
                                       : tr("Notification channel %1").arg(spec.name));
    fill(spec);
    m_filling = false;
    onTypeChanged();
    m_ui->nameLineEdit->setFocus();
    revalidate();
}

ChannelSpec ChannelEditorDialog::channel() const
{
    return parse().spec;
}

QString ChannelEditorDialog::testResultText() const
{
    return m_ui->testStatusLabel->text() + u'\n' + m_ui->testResultLabel->text();
}

void ChannelEditorDialog::fill(const ChannelSpec &s)
{
    m_ui->nameLineEdit->setText(s.name);
    m_ui->typeComboBox->setCurrentIndex(m_ui->typeComboBox->findData(int(s.type)));
    m_ui->enabledCheckBox->setChecked(s.enabled);
    m_ui->urlLineEdit->setText(s.url.toString());
    m_ui->tokenLineEdit->setText(s.token);
    m_ui->secretLineEdit->setText(s.secret);
    m_ui->prioritySpinBox->setValue(s.priority);
    m_ui->severityComboBox->setCurrentIndex(
        m_ui->severityComboBox->findData(int(s.minSeverity)) >= 0
            ? m_ui->severityComboBox->findData(int(s.minSeverity))
            : 0);
    m_ui->matchersLineEdit->setText(MatcherSet::toString(s.matchers));
    m_ui->groupWaitLineEdit->setText(formatDuration(s.groupWaitMs));
    m_ui->sendResolvedCheckBox->setChecked(s.sendResolved);
}

ChannelEditorDialog::Parsed ChannelEditorDialog::parse() const
{
    Parsed p;
    ChannelSpec &s = p.spec;
    s = m_spec;
    s.name = m_ui->nameLineEdit->text().trimmed();
    s.type = ChannelType(m_ui->typeComboBox->currentData().toInt());
    s.enabled = m_ui->enabledCheckBox->isChecked();
    const QString url = m_ui->urlLineEdit->text().trimmed();
    s.url = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    s.token =
        m_ui->tokenLineEdit->isVisibleTo(this) ? m_ui->tokenLineEdit->text().trimmed() : QString();
    s.secret = m_ui->secretLineEdit->isVisibleTo(this) ? m_ui->secretLineEdit->text().trimmed()
                                                       : QString();
    s.priority = m_ui->prioritySpinBox->isVisibleTo(this) ? m_ui->prioritySpinBox->value() : 0;
    s.minSeverity = Severity(m_ui->severityComboBox->currentData().toInt());
    s.sendResolved = m_ui->sendResolvedCheckBox->isChecked();

    QString error;
    const QStringView matchers = matcherText(m_ui->matchersLineEdit->text());
    if (matchers.isEmpty()) {
        s.matchers.clear();
    } else if (const auto parsed = MatcherSet::parse(matchers, &error)) {
        s.matchers = *parsed;
    } else {
        p.errors.append(
            {m_ui->matchersLineEdit, ChannelTableModel::fieldTitle(QStringLiteral("matchers")) +
                                         QStringLiteral(": ") + error});
    }
    qint64 ms = 0;
    if (parseDuration(m_ui->groupWaitLineEdit->text().trimmed(), &ms, &error))
        s.groupWaitMs = ms;
    else
        p.errors.append(
            {m_ui->groupWaitLineEdit, tr("Group window: %1 (write it like 10s or 1m)").arg(error)});
    return p;
}

QWidget *ChannelEditorDialog::widgetForKey(const QString &key) const
{
    if (key == QLatin1String("name"))
        return m_ui->nameLineEdit;
    if (key == QLatin1String("url"))
        return m_ui->urlLineEdit;
    if (key == QLatin1String("token"))
        return m_ui->tokenLineEdit;
    if (key == QLatin1String("secret"))
        return m_ui->secretLineEdit;
    if (key == QLatin1String("priority"))
        return m_ui->prioritySpinBox;
    if (key == QLatin1String("min_severity"))
        return m_ui->severityComboBox;
    if (key == QLatin1String("matchers"))
        return m_ui->matchersLineEdit;
    if (key == QLatin1String("group_wait"))
        return m_ui->groupWaitLineEdit;
    return nullptr;
}

void ChannelEditorDialog::onTypeChanged()
{
    const auto type = ChannelType(m_ui->typeComboBox->currentData().toInt());
    QString hint;
    QString urlPlaceholder;
    QString tokenLabel;
    QString tokenTip;
    int maxPriority = 0;
    switch (type) {
    case ChannelType::Slack:
        hint = tr("An incoming webhook of a Slack app (Features → Incoming Webhooks). Slack "
                  "accepts about one message per second; Vigil waits rather than lose one.");
        urlPlaceholder = QStringLiteral("https://hooks.slack.com/services/…");
        break;
    case ChannelType::Discord:
        hint = tr("Channel settings → Integrations → Webhooks → Copy Webhook URL.");
        urlPlaceholder = QStringLiteral("https://discord.com/api/webhooks/…");
        break;
    case ChannelType::Teams:
        hint = tr("A Workflows webhook (“Post to a channel when a webhook request is "
                  "received”); the message is an Adaptive Card.");
        urlPlaceholder = QStringLiteral("https://….logic.azure.com/workflows/…");
        break;
    case ChannelType::PagerDuty:
        hint = tr("Events API v2. Leave the URL empty for PagerDuty's own; an alert keeps one "
                  "incident (dedup key = the alert's fingerprint) and resolves it.");
        urlPlaceholder = tr("default: https://events.pagerduty.com/v2/enqueue");
        tokenLabel = tr("Routing &key:");
        tokenTip = tr("The integration key of the PagerDuty service (required).");
        break;
    case ChannelType::Alertmanager:
        hint = tr("The base URL of an Alertmanager; Vigil pushes to /api/v2/alerts, re-sends "
                  "firing alerts every minute and resolved ones for 5 minutes.");
        urlPlaceholder = QStringLiteral("http://127.0.0.1:9093");
        break;
    case ChannelType::Ntfy:
        hint = tr("The topic URL on ntfy.sh or your own server.");
        urlPlaceholder = QStringLiteral("https://ntfy.sh/my-alerts");
        tokenLabel = tr("Access &token:");
        tokenTip = tr("Optional, for protected topics (sent as a bearer token).");
        maxPriority = 5;
        break;
    case ChannelType::Gotify:
        hint = tr("The base URL of your Gotify server.");
        urlPlaceholder = QStringLiteral("https://gotify.example.com");
        tokenLabel = tr("Application &token:");
        tokenTip = tr("The token of a Gotify application (required).");
        maxPriority = 10;
        break;
    case ChannelType::Webhook:
        hint = tr("Any HTTP endpoint; the body is Vigil's documented JSON (docs/channels.md).");
        urlPlaceholder = QStringLiteral("https://example.com/hooks/vigil");
        break;
    }
    m_ui->urlHintLabel->setText(hint);
    m_ui->urlLineEdit->setPlaceholderText(urlPlaceholder);
    const bool token = !tokenLabel.isEmpty();
    m_ui->tokenLabel->setVisible(token);
    m_ui->tokenLineEdit->setVisible(token);
    if (token) {
        m_ui->tokenLabel->setText(tokenLabel);
        m_ui->tokenLineEdit->setToolTip(tokenTip);
    }
    const bool signing = type == ChannelType::Webhook;
    m_ui->secretLabel->setVisible(signing);
    m_ui->secretLineEdit->setVisible(signing);
    m_ui->priorityLabel->setVisible(maxPriority > 0);
    m_ui->prioritySpinBox->setVisible(maxPriority > 0);
    if (maxPriority > 0) {
        m_ui->prioritySpinBox->setMaximum(maxPriority);
        m_ui->prioritySpinBox->setToolTip(
            tr("1 to %1; “by severity” maps warning and critical to the receiver's levels.")
                .arg(maxPriority));
    }
    revalidate();
}

void ChannelEditorDialog::revalidate()
{
    if (m_filling)
        return;
    const Parsed p = parse();
    QList<QPair<QWidget *, QString>> errors = p.errors;
    for (const ChannelProblem &problem : validateChannel(p.spec)) {
        QWidget *target = widgetForKey(problem.key);
        const bool shadowed = target && std::any_of(errors.cbegin(), errors.cend(),
                                                    [&](auto &e) { return e.first == target; });
        if (!shadowed)
            errors.append({target, ChannelTableModel::problemText(problem)});
    }
    if (m_takenNames.contains(p.spec.name))
        errors.append({m_ui->nameLineEdit,
                       tr("Name: another channel is already called “%1”").arg(p.spec.name)});

    m_problems = showEditorProblems(errors, &m_marked, m_ui->problemsLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    updateTestButton();
}

void ChannelEditorDialog::updateTestButton()
{
    m_ui->testPushButton->setEnabled(m_problems.isEmpty() && !isTesting());
}

void ChannelEditorDialog::onTest()
{
    revalidate();
    if (!m_problems.isEmpty() || isTesting())
        return;
    const ChannelSpec spec = channel();
    m_testRequest = nextTestRequestId();
    m_ui->testProgressBar->show();
    m_ui->testStatusLabel->setStyleSheet(QString());
    m_ui->testStatusLabel->setText(
        tr("Sending to %1…").arg(spec.url.isEmpty() ? tr("PagerDuty") : spec.url.host()));
    m_ui->testResultLabel->clear();
    updateTestButton();
    m_testTimer->start(kTestTimeoutMs);
    Q_EMIT testRequested(m_testRequest, spec);
}

void ChannelEditorDialog::showTestResult(quint64 requestId, int httpStatus, qint64 ms,
                                         const QString &error)
{
    if (requestId == 0 || requestId != m_testRequest)
        return;
    m_testRequest = 0;
    m_testTimer->stop();
    m_ui->testProgressBar->hide();
    const bool ok = error.isEmpty();
    m_ui->testStatusLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }")
            .arg((ok ? okTextColour() : errorTextColour()).name()));
    const QString answer = httpStatus > 0 ? tr("HTTP %1 in %2 ms").arg(httpStatus).arg(ms)
                                          : tr("no answer after %1 ms").arg(ms);
    m_ui->testStatusLabel->setText(ok ? tr("✔ Delivered") : tr("✘ Not delivered"));
    m_ui->testResultLabel->setText(ok ? tr("The receiver answered %1.").arg(answer)
                                      : tr("%1: %2").arg(answer, error));
    updateTestButton();
}

void ChannelEditorDialog::onTestTimeout()
{
    if (!isTesting())
        return;
    m_testRequest = 0;
    m_ui->testProgressBar->hide();
    m_ui->testStatusLabel->setText(tr("No answer"));
    m_ui->testResultLabel->setText(tr("The test did not finish in time. Try again."));
    updateTestButton();
}

} // namespace vigil
