#ifndef TEAMNORMS_CYAML_SHIM_H
#define TEAMNORMS_CYAML_SHIM_H
#include <yaml.h>
#endif
