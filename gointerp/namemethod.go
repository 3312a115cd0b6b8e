package gointerp

import (
	"go/token"
	"go/types"
	"regexp"
)

// Named types with one basic underlying type. yaegi gives their values
// the reflect type of the underlying one: held in an any, a `type Kelvin
// float64` without methods was a float64 to %T, to a type switch and as a
// map key, and `type Op string` and `type Func string`, both with methods,
// were one type (a type switch on a Token took a Func for an Op, and an
// RPN calculator applied `sqrt` as an operator). yaegi holds a value of a
// type with methods in its valueInterface, which records the type
// (rt.NamedAs reads it for a case on an any), and a method call through a
// cell's interface goes to the right type's method. So each such type
// without methods, and each that shares its underlying type with another,
// gets a method that returns its name, written on its declaration's last
// line; a type switch's case of a twin on a cell's interface asks it:
//
//	type Op string    →    type Op string; func (spargo_s Op) spargo_typename() string { return "Op" }
//
// A type of an earlier cell gets the method when a later one declares its
// twin. The receiver is named spargo_s so that a redefinition's rename
// (liftTypes) takes it along. The type checker sees the cell as written.

// basicDeclRE finds a declaration of a named basic type, for which a cell
// is type-checked (to give it the method).
var basicDeclRE = regexp.MustCompile(`(?m)^type\s+[\pL_][\pL\pN_]*\s+(u?int(8|16|32|64)?|uintptr|float32|float64|complex64|complex128|string|bool|byte|rune)\s*($|//|;)`)

// typeNameMethod is the method's name.
const typeNameMethod = "spargo_typename"

// twinBasic reports whether n, a session named type with a basic
// underlying type, shares its underlying type with another.
func (c *checked) twinBasic(n *types.Named) bool {
	if !namedBasic(n) || n.Obj().Pkg() != c.pkg || n.Obj().Parent() != c.pkg.Scope() {
		return false
	}
	for _, o := range c.namedBasics() {
		if o != n && types.Identical(o.Underlying(), n.Underlying()) {
			return true
		}
	}
	return false
}

// nameMethods declares the method for the session's twin basic types and
// those without methods.
func (ta *checker) nameMethods(c *checked) {
	for _, n := range append(c.namedBasics(), c.emptyStructs()...) {
		if namedBasic(n) && !c.twinBasic(n) && types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
			continue
		}
		name := n.Obj().Name()
		method := "func (spargo_s " + name + ") " + typeNameMethod + "() string { return \"" + name + "\" }"
		if i := c.chunkAt(n.Obj().Pos()); i >= 0 {
			end := token.Pos(c.base + c.starts[i] + len(c.body[i].src))
			c.add(end, end, "; "+method)
		} else if !ta.named2[name] {
			c.copies = append(c.copies, chunk{kind: kindDecl, src: method})
		}
		ta.pendingNamed = append(ta.pendingNamed, name)
	}
}

// emptyStructs lists the session's struct types without fields, which
// are one type to yaegi too (`type Cancel struct{}` and `type Dispensed
// struct{}`: a type switch took a Cancel for a Dispensed), and which
// distinctStructs cannot tag: each gets the method as well.
func (c *checked) emptyStructs() []*types.Named {
	return c.sessionNamed(func(n *types.Named) bool { return c.emptyStruct(n) })
}

// emptyStruct reports whether t is one of the session's struct types
// without fields.
func (c *checked) emptyStruct(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg || n.Obj().Parent() != c.pkg.Scope() || n.TypeArgs().Len() > 0 {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	return ok && st.NumFields() == 0
}

// nameCase is the test of a case of twin basic type n on subj, a value of
// a cell's interface: the value's method says its type.
func nameCase(subj string, n *types.Named) string {
	named := "interface{ " + typeNameMethod + "() string }"
	return " && func() bool { if _, ok := " + subj + ".(" + named + "); !ok { return true }; return " +
		subj + ".(" + named + ")." + typeNameMethod + "() == \"" + n.Obj().Name() + "\" }()"
}

// namedBasics lists the session's named basic types, the scope walk done
// once per cell: the format verbs ask for each operand.
func (c *checked) namedBasics() []*types.Named {
	if c.basics == nil {
		list := c.sessionNamed(namedBasic)
		c.basics = &list
	}
	return *c.basics
}
