// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "../core/TempDir.h"

#include "demo/DemoGenerator.h"
#include "document/RegisterDocument.h"
#include "storage/RegisterFile.h"

#include <QString>

#include <memory>

// A register file in `dir` filled by the demo generator, opened as a document.
// `cycle`: with the demo's reviews, incidents and exceptions; without, a register whose yearly cycle starts now.
inline std::unique_ptr<trygg::ui::RegisterDocument> demoDocument(const TempDir &dir, int assets = 20, int risks = 60,
                                                                 const char *preset = "no", bool cycle = true)
{
    const std::string path = dir.file(std::string("demo-") + preset + ".trygg");
    {
        trygg::RegisterFile file = trygg::RegisterFile::create(path, preset, "Eksempel kommune");
        trygg::DemoOptions options;
        options.assets = assets;
        options.risks = risks;
        options.cycle = cycle;
        trygg::generateDemo(file, options);
    }
    return trygg::ui::RegisterDocument::open(QString::fromStdString(path));
}
