#pragma once

#include <QStringList>
#include <QWidget>

namespace vigil {

struct Config;

// One page of the settings dialog (like KeePassXC's ISettingsPage): it shows part of a Config,
// writes its part back and says what is wrong. Pages never read or write files.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    using QWidget::QWidget;
    ~SettingsPage() override = default;

    virtual QString title() const = 0;
    virtual void load(const Config &config) = 0;
    // Only called when validate() is empty.
    virtual void save(Config &config) const = 0;
    // One readable sentence per problem; empty when the page can be saved.
    virtual QStringList validate() const = 0;

Q_SIGNALS:
    // Any edit: the dialog re-validates and updates OK/Apply.
    void changed();
};

} // namespace vigil
