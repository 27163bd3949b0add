// SPDX-License-Identifier: EUPL-1.2
// Issue 18: the operating system's errors in the user's language. A file the program cannot create,
// read or lock is explained in Danish, Norwegian or Swedish, not with the C library's English
// ("No such file or directory").
#include "common/Translations.h"
#include "../core/TempDir.h"
#include "model/Error.h"
#include "model/SystemError.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

using namespace trygg;
using namespace trygg::ui;

namespace {

// The errno values a register, its side files, an import or a report can meet.
const std::vector<int> &errorsMet()
{
    static const std::vector<int> errors = {ENOENT, EACCES, EPERM,  EROFS,  ENOSPC, EEXIST, EISDIR,
                                            ENOTDIR, EBUSY, EAGAIN, EIO, ENAMETOOLONG, ELOOP, EMFILE,
                                            EFBIG,  EXDEV,  ENOLCK, ENOTEMPTY, ETXTBSY, EINVAL, ENOMEM};
    return errors;
}

} // namespace

TEST(SystemError, EveryErrorTheProgramMeetsHasItsOwnTranslatableText)
{
    std::set<std::string> texts;
    for (const int error : errorsMet()) {
        const Message message = systemError(error);
        EXPECT_FALSE(message.isVerbatim()) << std::strerror(error);
        texts.insert(message.english());
    }
    EXPECT_GE(texts.size(), errorsMet().size() - 3) << "(EBUSY/ETXTBSY, EMFILE/ENFILE may share a text)";
    // Any other keeps the system's own words rather than none.
    EXPECT_TRUE(systemError(EDOM).isVerbatim());
    EXPECT_EQ(systemError(EDOM).english(), std::strerror(EDOM));
    EXPECT_EQ(systemError(std::make_error_code(std::errc::no_such_file_or_directory)).english(),
              systemError(ENOENT).english());
}

TEST(SystemError, EachLanguageTranslatesThem)
{
    for (const QString language : {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv")}) {
        const MessageTranslator translate(language);
        for (const int error : errorsMet()) {
            const Message message = systemError(error);
            const std::string text = translate(message);
            EXPECT_NE(text, message.english()) << language.toStdString() << ": " << message.english();
            EXPECT_NE(text, std::strerror(error)) << language.toStdString();
        }
    }
}

// Where a message is made: a register cannot be created where a part of its path is a file.
TEST(SystemError, ARegisterThatCannotBeCreatedSaysWhyInTheReadersLanguage)
{
    TempDir dir;
    const std::string file = dir.file("not-a-folder");
    std::ofstream(file) << "x";
    try {
        RegisterFile::create(file + "/k.trygg", "no", "X");
        FAIL() << "created under a file";
    } catch (const Error &error) {
        const std::string swedish = MessageTranslator(QStringLiteral("sv"))(error.message());
        EXPECT_EQ(swedish.find(std::strerror(ENOTDIR)), std::string::npos) << swedish;
        EXPECT_NE(swedish.find(MessageTranslator(QStringLiteral("sv"))(systemError(ENOTDIR))), std::string::npos)
            << swedish;
    }
}
