package gointerp

import (
	"context"
	"fmt"
	"regexp"
)

// sync/atomic's Pointer[T] is a generic type, which yaegi's symbol tables
// cannot hold, and generic types in the kernel's interpreted packages made
// yaegi panic. A cell that names atomic.Pointer[ gets the session's own
// generic type instead, declared once (its copies are the session's, as
// for any generic type of a cell): the name has as many characters, so
// columns stay.

// atomicPointerRE finds atomic.Pointer instantiations.
var atomicPointerRE = regexp.MustCompile(`\batomic\.Pointer\[`)

// atomicPointerName replaces "atomic.Pointer" in the cell.
const atomicPointerName = "spargo_AtomPtr"

// atomicPointerSource declares it, on atomic.Value.
const atomicPointerSource = `type ` + atomicPointerName + `[T any] struct{ v atomic.Value }

func (p *` + atomicPointerName + `[T]) Load() *T { x, _ := p.v.Load().(*T); return x }

func (p *` + atomicPointerName + `[T]) Store(x *T) { p.v.Store(x) }

func (p *` + atomicPointerName + `[T]) Swap(x *T) *T { old, _ := p.v.Swap(x).(*T); return old }

func (p *` + atomicPointerName + `[T]) CompareAndSwap(old, new *T) bool {
	if p.v.Load() == nil {
		return old == nil && p.v.CompareAndSwap(nil, new)
	}
	return p.v.CompareAndSwap(old, new)
}`

// withAtomicPointer returns code with atomic.Pointer[ replaced, declaring
// the type first if the session has not.
func (in *Interp) withAtomicPointer(ctx context.Context, code string) (string, error) {
	if !atomicPointerRE.MatchString(code) {
		return code, nil
	}
	if !in.atomicPointer {
		if _, err := in.run(ctx, atomicPointerSource); err != nil {
			return "", fmt.Errorf("declare atomic.Pointer: %w", err)
		}
		in.atomicPointer = true
	}
	return atomicPointerRE.ReplaceAllString(code, atomicPointerName+"["), nil
}
