#ifndef TEAMNORMS_CICAL_SHIM_H
#define TEAMNORMS_CICAL_SHIM_H
#include <libical/ical.h>
#endif
