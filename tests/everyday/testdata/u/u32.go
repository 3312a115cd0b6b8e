package main

import (
	"errors"
	"fmt"
)

type Severity int

const (
	SevInfo Severity = iota
	SevWarn
	SevCrit
)

func (s Severity) String() string { return [...]string{"INFO", "WARN", "CRIT"}[s] }

type Endpoint struct {
	Host string
	Port int
}

func (e Endpoint) String() string { return fmt.Sprintf("%s:%d", e.Host, e.Port) }

type Node struct {
	Name string
}

func (n *Node) String() string { return "node/" + n.Name }

type CheckError struct {
	Target Endpoint
	Code   int
}

func (e *CheckError) Error() string { return fmt.Sprintf("check %v failed with %d", e.Target, e.Code) }

type Quota struct{ Used, Limit int }

func (q Quota) Error() string { return fmt.Sprintf("quota %d/%d exceeded", q.Used, q.Limit) }

type Alert struct {
	Sev      Severity
	Where    Endpoint
	Owner    *Node
	Cause    error
	Attempts []int
}

func main() {
	eps := []Endpoint{{"db", 5432}, {"cache", 6379}}
	fmt.Println(eps)
	fmt.Printf("%v | %+v | %s\n", eps, eps, eps)
	fmt.Printf("%#v\n", eps[0])

	sevs := map[Severity]int{SevCrit: 1, SevInfo: 10, SevWarn: 4}
	fmt.Println(sevs)
	fmt.Printf("%v %d\n", sevs, sevs)

	byEndpoint := map[Endpoint]Severity{eps[0]: SevCrit, eps[1]: SevWarn}
	fmt.Println(len(byEndpoint), byEndpoint[eps[0]], byEndpoint[Endpoint{"db", 5432}])

	nodes := []*Node{{"a"}, {"b"}}
	fmt.Println(nodes)
	valNodes := []Node{{"x"}}
	fmt.Printf("%v %+v\n", valNodes, valNodes)

	errs := []error{
		&CheckError{eps[0], 503},
		Quota{120, 100},
		errors.New("plain"),
		nil,
	}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs[:2])
	fmt.Printf("%q\n", errs[:3])

	a := Alert{Sev: SevCrit, Where: eps[1], Owner: nodes[0], Cause: Quota{5, 3}, Attempts: []int{1, 2}}
	fmt.Printf("%v\n", a)
	fmt.Printf("%+v\n", a)
	var empty Alert
	fmt.Printf("%+v\n", empty)

	wrapped := fmt.Errorf("alerting: %w", errs[0])
	m := map[string]error{"primary": wrapped, "secondary": errs[1]}
	fmt.Println(m)
	fmt.Printf("%s|%v|%d\n", SevWarn, SevWarn, SevWarn)
	fmt.Printf("[%-6v][%6v][%-8s]\n", SevInfo, SevCrit, eps[1])
	type pair struct {
		K Severity
		V error
	}
	fmt.Printf("%v %+v\n", pair{SevWarn, errs[1]}, []pair{{SevInfo, nil}})
}
