// Package stdlib holds yaegi symbol tables for the standard library of the
// Go toolchain spargo is developed with (see internal/genstd), so cells get
// the current stdlib rather than yaegi's, which stops at Go 1.22.
package stdlib

import (
	"encoding"
	"encoding/json"
	"fmt"
	"log"
	"reflect"
)

//go:generate go run ../../internal/genstd -out .

// Symbols maps "path/name" to the package's exported symbols.
var Symbols = map[string]map[string]reflect.Value{}

// mapTypes tells yaegi which interfaces to honour when a cell passes its
// own types to these functions (a String method for fmt.Println, say).
func init() {
	fmtTypes := []reflect.Type{
		reflect.TypeOf((*fmt.Formatter)(nil)).Elem(),
		reflect.TypeOf((*error)(nil)).Elem(),
		reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
	}
	mt := map[reflect.Value][]reflect.Type{}
	for _, f := range []any{
		fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println,
		fmt.Sprint, fmt.Sprintf, fmt.Sprintln, fmt.Append, fmt.Appendf, fmt.Appendln,
		log.Fatal, log.Fatalf, log.Fatalln, log.Panic, log.Panicf, log.Panicln,
		log.Print, log.Printf, log.Println,
	} {
		mt[reflect.ValueOf(f)] = fmtTypes
	}
	jsonTypes := []reflect.Type{
		reflect.TypeOf((*json.Marshaler)(nil)).Elem(),
		reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem(),
	}
	for _, f := range []any{json.Marshal, json.MarshalIndent} {
		mt[reflect.ValueOf(f)] = jsonTypes
	}
	Symbols["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(mt)}
}
