#include "domain/edition.h"
