package rt

import (
	"fmt"
	"reflect"
	"unsafe"
)

// The unsafe builtins of Go 1.17-1.20 that yaegi lacks: cells call them
// through these helpers (the kernel rewrites unsafe.String(p, n) into
// UnsafeString(p, n), and unsafe.Slice(p, n) into UnsafeSlice(p, n).([]E)),
// with the runtime's checks and panic messages.

// UnsafeString is unsafe.String.
func UnsafeString(p *byte, n any) string {
	l := checkLen("unsafe.String", n, p == nil, uintptr(unsafe.Pointer(p)), 1)
	if l == 0 {
		return ""
	}
	return unsafe.String(p, l)
}

// UnsafeStringData is unsafe.StringData.
func UnsafeStringData(s string) *byte { return unsafe.StringData(s) }

// UnsafeSlice is unsafe.Slice; p is a pointer, the result a slice of its
// element type.
func UnsafeSlice(p any, n any) any {
	pv := reflect.ValueOf(p)
	if pv.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("unsafe.Slice of a %T, not a pointer", p))
	}
	elem := pv.Type().Elem()
	l := checkLen("unsafe.Slice", n, pv.IsNil(), pv.Pointer(), elem.Size())
	if pv.IsNil() {
		return reflect.Zero(reflect.SliceOf(elem)).Interface()
	}
	return reflect.SliceAt(elem, pv.UnsafePointer(), l).Interface()
}

// UnsafeSliceData is unsafe.SliceData; s is a slice, the result a pointer
// to its element type.
func UnsafeSliceData(s any) any {
	sv := reflect.ValueOf(s)
	if sv.Kind() != reflect.Slice {
		panic(fmt.Sprintf("unsafe.SliceData of a %T, not a slice", s))
	}
	if sv.IsNil() {
		return reflect.Zero(reflect.PointerTo(sv.Type().Elem())).Interface()
	}
	return reflect.NewAt(sv.Type().Elem(), sv.UnsafePointer()).Interface()
}

// checkLen applies the runtime's checks to a length of any integer type.
func checkLen(fn string, n any, isNil bool, base, size uintptr) int {
	v := reflect.ValueOf(n)
	var l uint64
	switch {
	case v.CanInt():
		if v.Int() < 0 {
			panic(runtimeError(fn + ": len out of range"))
		}
		l = uint64(v.Int())
	case v.CanUint():
		l = v.Uint()
	default:
		panic(fmt.Sprintf("%s: len is a %T, not an integer", fn, n))
	}
	if isNil && l > 0 {
		panic(runtimeError(fn + ": ptr is nil and len is not zero"))
	}
	maxLen := uint64(1<<63-1) / uint64(max(size, 1))
	if l > maxLen {
		panic(runtimeError(fn + ": len out of range"))
	}
	if size > 0 && l > 0 && uint64(base)+l*uint64(size)-1 < uint64(base) {
		panic(runtimeError(fn + ": ptr + len overflows"))
	}
	return int(l)
}

// runtimeError is a panic value that is a runtime.Error, as the compiled
// builtins' panics are.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }
func (runtimeError) RuntimeError()   {}
