package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Delete
	Share
	Admin

	None Perm = 0
	RW        = Read | Write
	All       = Read | Write | Exec | Delete | Share | Admin
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Delete, "delete"}, {Share, "share"}, {Admin, "admin"}}

func (p Perm) String() string {
	if p == None {
		return "none"
	}
	var parts []string
	rest := p
	for _, pn := range permNames {
		if p&pn.p != 0 {
			parts = append(parts, pn.name)
			rest &^= pn.p
		}
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool    { return p&q == q }
func (p Perm) Any(q Perm) bool    { return p&q != 0 }
func (p *Perm) Grant(q Perm)      { *p |= q }
func (p *Perm) Revoke(q Perm)     { *p &^= q }
func (p Perm) Count() int         { return bits.OnesCount16(uint16(p)) }
func (p Perm) Toggle(q Perm) Perm { return p ^ q }

func ParsePerm(s string) (Perm, error) {
	var p Perm
	for tok := range strings.SplitSeq(s, ",") {
		tok = strings.TrimSpace(tok)
		found := false
		for _, pn := range permNames {
			if pn.name == tok {
				p |= pn.p
				found = true
			}
		}
		if !found {
			return p, fmt.Errorf("unknown permission %q", tok)
		}
	}
	return p, nil
}

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	fmt.Println("constants:")
	for _, pn := range permNames {
		fmt.Printf("  %-7s = %2d  %06b\n", pn.name, uint16(pn.p), uint16(pn.p))
	}
	fmt.Printf("  RW=%v (%d)  All=%v (%d)  None=%v\n", RW, RW, All, All, None)

	var user Perm = Read
	user.Grant(Write | Share)
	fmt.Printf("user=%v count=%d has RW=%v any exec/delete=%v\n", user, user.Count(), user.Has(RW), user.Any(Exec|Delete))
	user.Revoke(Write)
	fmt.Printf("after revoke write: %v, has RW=%v\n", user, user.Has(RW))
	fmt.Printf("toggle exec|share: %v\n", user.Toggle(Exec|Share))
	fmt.Printf("weird bits: %v\n", Perm(0b1100_0000_0101))

	for _, s := range []string{"read, write", "exec,admin,share", "read,fly", "delete"} {
		p, err := ParsePerm(s)
		if err != nil {
			fmt.Printf("parse %-18q error: %v (partial=%v)\n", s, err, p)
			continue
		}
		fmt.Printf("parse %-18q -> %-18v admin? %v\n", s, p, p.Has(Admin))
	}

	fmt.Println("sizes:", KB, MB, GB)
	fmt.Println("weekdays:", Sunday, Monday, Tuesday, Thursday)

	// a small ACL table
	acl := map[string]Perm{"alice": All, "bob": RW, "carol": Read | Share, "dan": None}
	need := []Perm{Read, Write | Delete, Share}
	for _, u := range []string{"alice", "bob", "carol", "dan"} {
		var row []string
		for _, n := range need {
			mark := "no"
			if acl[u].Has(n) {
				mark = "yes"
			}
			row = append(row, fmt.Sprintf("%s=%s", n, mark))
		}
		fmt.Printf("  %-6s %-30v %s\n", u, acl[u], strings.Join(row, " "))
	}
}
