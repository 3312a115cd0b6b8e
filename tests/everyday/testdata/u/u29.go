package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	name      string
	log       *[]string
	committed bool
}

func (t *Tx) Commit() error {
	if strings.Contains(t.name, "fail-commit") {
		return errors.New("commit rejected")
	}
	t.committed = true
	*t.log = append(*t.log, "commit "+t.name)
	return nil
}

func (t *Tx) Rollback() {
	if !t.committed {
		*t.log = append(*t.log, "rollback "+t.name)
	}
}

func withTx(name string, log *[]string, fn func(*Tx) error) (err error) {
	tx := &Tx{name: name, log: log}
	*log = append(*log, "begin "+name)
	defer tx.Rollback()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tx %s panicked: %v", name, r)
		}
	}()
	if err := fn(tx); err != nil {
		return fmt.Errorf("tx %s: %w", name, err)
	}
	return tx.Commit()
}

func deferOrder() (out []string) {
	for i := range 3 {
		defer func() { out = append(out, fmt.Sprintf("deferred %d", i)) }()
	}
	out = append(out, "body")
	return out
}

func doubleOnReturn() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func argsEvaluatedEarly() (s string) {
	x := "early"
	defer func(v string) { s += "|arg=" + v }(x)
	defer func() { s += "|closure=" + x }()
	x = "late"
	return "ret"
}

type closer struct {
	name string
	log  *[]string
	fail bool
}

func (c closer) Close() error {
	*c.log = append(*c.log, "close "+c.name)
	if c.fail {
		return fmt.Errorf("close %s failed", c.name)
	}
	return nil
}

func openAll(log *[]string) (err error) {
	resources := []closer{{"db", log, false}, {"cache", log, true}, {"queue", log, true}}
	for _, r := range resources {
		defer func() { err = errors.Join(err, r.Close()) }()
	}
	*log = append(*log, "using resources")
	return nil
}

func main() {
	var log []string
	fmt.Println(withTx("t1", &log, func(tx *Tx) error { return nil }))
	fmt.Println(withTx("t2", &log, func(tx *Tx) error { return errors.New("constraint violation") }))
	fmt.Println(withTx("t3", &log, func(tx *Tx) error { panic("nil deref simulated") }))
	fmt.Println(withTx("t4-fail-commit", &log, func(tx *Tx) error { return nil }))
	for i, l := range log {
		fmt.Printf("%2d %s\n", i, l)
	}

	fmt.Println(deferOrder())
	fmt.Println(doubleOnReturn())
	fmt.Println(argsEvaluatedEarly())

	var rlog []string
	err := openAll(&rlog)
	fmt.Println(rlog)
	fmt.Printf("%q\n", err.Error())
}
