package gointerp

import (
	"go/token"
	"go/types"
)

// Named types with one basic underlying type, in a cell's interface.
// `type Op string` and `type Func string`, both with methods, are one
// reflect type to yaegi, and its type switch on a Token took a Func for an
// Op (an RPN calculator applied `sqrt` as an operator). A method call
// through the interface goes to the right type's method, so such a type
// gets one that returns its name, written on its declaration's last line,
// and a type switch's case of it on a cell's interface asks it (the value
// in an any is told apart by rt.NamedAs instead, which a value passed out
// of a cell's interface loses):
//
//	type Op string    →    type Op string; func (spargo_s Op) spargo_typename() string { return "Op" }
//
// A type of an earlier cell gets the method when a later one declares its
// twin. The receiver is named spargo_s so that a redefinition's rename
// (liftTypes) takes it along.

// typeNameMethod is the method's name.
const typeNameMethod = "spargo_typename"

// twinBasic reports whether n, a session named type with a basic
// underlying type and methods, shares its underlying type with another.
func (c *checked) twinBasic(n *types.Named) bool {
	if !namedBasicWithMethods(n) || n.Obj().Pkg() != c.pkg || n.Obj().Parent() != c.pkg.Scope() {
		return false
	}
	for _, o := range c.namedBasics() {
		if o != n && types.Identical(o.Underlying(), n.Underlying()) {
			return true
		}
	}
	return false
}

// nameMethods declares the method for the session's twin basic types.
func (ta *checker) nameMethods(c *checked) {
	for _, n := range c.namedBasics() {
		if !c.twinBasic(n) {
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

// nameCase is the test of a case of twin basic type n on subj, a value of
// a cell's interface: the value's method says its type.
func nameCase(subj string, n *types.Named) string {
	named := "interface{ " + typeNameMethod + "() string }"
	return " && func() bool { if _, ok := " + subj + ".(" + named + "); !ok { return true }; return " +
		subj + ".(" + named + ")." + typeNameMethod + "() == \"" + n.Obj().Name() + "\" }()"
}

// namedBasics lists the session's named basic types with methods, the
// scope walk done once per cell: the format verbs ask for each operand.
func (c *checked) namedBasics() []*types.Named {
	if c.basics == nil {
		list := c.sessionNamed(namedBasicWithMethods)
		c.basics = &list
	}
	return *c.basics
}
