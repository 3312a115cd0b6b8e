package rt

import (
	"fmt"
	"reflect"
	"sync"
)

// Methods of types declared after the code that prints their values. A
// function of an early cell (`func show(v any) string { return
// fmt.Sprint(v) }`) was lowered before a later cell declared a type with
// a String method, so printing a value of it through show printed its
// fields. Each cell that declares such types adds to its session's
// registry (a Methods) a function of the cell that calls their methods (a
// type switch, as a Printer's Method); printing a value held in an
// interface asks the registered functions, newest first, when the printer
// has no method for it.

// Methods is a session's registered methods (its variable spargo_printers).
type Methods struct {
	mu  sync.Mutex
	fns []func(any, string) (string, bool)
}

// NewMethods is an empty registry, for a session.
func NewMethods() *Methods { return &Methods{} }

// Add registers m, a func(v any, typeName string) (string, bool) of a
// cell, for printing to ask.
func (r *Methods) Add(m func(any, string) (string, bool)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.fns = append(r.fns, m)
}

// empty reports whether r has no functions (or is nil).
func (r *Methods) empty() bool {
	if r == nil {
		return true
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.fns) == 0
}

// all is a copy of r's functions, newest first; none for a nil r.
func (r *Methods) all() []func(any, string) (string, bool) {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]func(any, string) (string, bool), len(r.fns))
	for i, m := range r.fns {
		out[len(out)-1-i] = m
	}
	return out
}

// registeredMethod is the String or Error method's result for v, by a
// registered function, formatted.
func (w valueWriter) registeredMethod(v reflect.Value, r *Methods) (string, bool) {
	s, ok, panicked := registeredStringOf(v, r, rune(w.format[len(w.format)-1]))
	if !ok || panicked {
		return s, ok
	}
	return fmt.Sprintf(w.format, s), true
}

// registeredString is the String or Error method's result for v, by a
// registered function.
func registeredString(v reflect.Value, r *Methods) (string, bool) {
	if !v.IsValid() || r == nil {
		return "", false
	}
	held := v
	if held.Kind() == reflect.Interface && !held.IsNil() {
		held = held.Elem()
	}
	name, _ := heldTypeName(held)
	arg, ok := methodArg(v, reflect.TypeOf((*any)(nil)).Elem())
	if !ok {
		return "", false
	}
	x := arg.Interface()
	for _, m := range r.all() {
		if s, ok := m(x, name); ok {
			return s, true
		}
	}
	return "", false
}

// registeredStringOf is registeredString with a panic in the method
// given as fmt prints one for verb (and panicked set).
func registeredStringOf(v reflect.Value, r *Methods, verb rune) (s string, ok, panicked bool) {
	defer func() {
		if e := recover(); e != nil {
			s, ok, panicked = fmt.Sprintf("%%!%c(PANIC=String method: %v)", verb, e), true, true
		}
	}()
	s, ok = registeredString(v, r)
	return s, ok, false
}
