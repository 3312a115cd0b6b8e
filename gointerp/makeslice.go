package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
	"strconv"
)

// The length and capacity of make([]T, n, c). Go panics with a
// runtime.Error, "makeslice: len out of range" (or "cap"), for a negative
// or too large one; yaegi's reflect.MakeSlice panicked with "negative len"
// or tried the allocation ("runtime: allocation size out of range"). A
// length or capacity that is not a constant goes through spargo_rt's
// SliceLen or SliceCap, which check it as Go does for T's size and give
// it back as an int.

// makeSliceRE finds cells that may make a slice.
var makeSliceRE = regexp.MustCompile(`\bmake\(`)

// sliceSizes are the sizes Go gives types on the kernel's platforms.
var sliceSizes = types.SizesFor("gc", "amd64")

// sliceMakes lowers the cell's makes of slices as above.
func (c *checked) sliceMakes() {
	c.makes(func(call *ast.CallExpr, t types.Type) {
		s, ok := t.Underlying().(*types.Slice)
		if !ok || hasTypeParam(s.Elem(), map[types.Type]bool{}) {
			return
		}
		size, ok := elemSize(s.Elem())
		if !ok {
			return
		}
		for i, a := range call.Args[1:] {
			if tv := c.info.Types[a]; tv.Type == nil || tv.Value != nil {
				continue
			}
			check := "SliceLen"
			if i == 1 {
				check = "SliceCap"
			}
			c.add(a.Pos(), a.Pos(), rtName+"."+check+"(int64(")
			c.add(a.End(), a.End(), "), "+size+")")
		}
	})
}

// elemSize is the size of t in bytes, as text; ok is false if the type
// checker cannot size it (an invalid type).
func elemSize(t types.Type) (size string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return strconv.FormatInt(sliceSizes.Sizeof(t), 10), true
}
