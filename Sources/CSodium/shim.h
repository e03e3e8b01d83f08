// libsodium, linked statically (Package.swift) so a copied binary runs where libsodium is not installed.
// Its constants are macros Swift can't always import: the ones Candor uses, as functions libsodium exports.
#ifndef CANDOR_CSODIUM_SHIM_H
#define CANDOR_CSODIUM_SHIM_H

#include <sodium.h>

#endif
