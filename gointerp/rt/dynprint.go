package rt

import (
	"fmt"
	"reflect"
)

// A Printer for a value held in an interface (Dynamic) knows its type only
// when it is printed: its parts are printed the same way, and its fields
// are named from the value's type. yaegi builds a cell's struct types
// with every field exported (note becomes Xnote), and the cell tags each
// such field json:"-" (so encoding/json skips it), which tells them apart.
// A value with an Error, String or Format method prints as fmt prints it.

// elem is the Printer of p's elements (or pointer target).
func (p *Printer) elem() *Printer {
	if p.Dynamic {
		return p
	}
	return p.Elem
}

// key is the Printer of p's map keys.
func (p *Printer) key() *Printer {
	if p.Dynamic {
		return p
	}
	return p.Key
}

// field is the Printer of field i.
func (p *Printer) field(i int) *Printer {
	if p.Dynamic {
		return p
	}
	if i < len(p.Fields) {
		return p.Fields[i]
	}
	return nil
}

// name is the name %+v gives field i of struct type t, if p knows it.
func (p *Printer) name(t reflect.Type, i int) (string, bool) {
	if p.Dynamic {
		return fieldName(t.Field(i)), true
	}
	if i < len(p.Names) {
		return p.Names[i], true
	}
	return "", false
}

// hasFmtMethod reports whether fmt prints x through a method of its own.
func hasFmtMethod(x any) bool {
	switch x.(type) {
	case error, fmt.Stringer, fmt.Formatter:
		return true
	}
	return false
}

// fieldName is the name Go gives field f of a cell's struct type.
func fieldName(f reflect.StructField) string {
	if len(f.Name) > 1 && f.Name[0] == 'X' && f.Tag.Get("json") == "-" {
		return f.Name[1:]
	}
	return f.Name
}
