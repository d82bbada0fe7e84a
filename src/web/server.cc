#include "web/server.h"
