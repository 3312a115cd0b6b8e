// Package sparksyms holds yaegi symbol tables for the Spark Connect Go
// client and Apache Arrow (see internal/genext), so that cells call them
// natively: interpreting them would be slow and yaegi cannot compile them.
package sparksyms

import "reflect"

//go:generate go run ../../internal/genext -out .

// Symbols maps "path/name" to the package's exported symbols.
var Symbols = map[string]map[string]reflect.Value{}
