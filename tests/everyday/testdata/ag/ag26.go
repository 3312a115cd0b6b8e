// ag26: typed generic event bus with per-event-type topics, priorities, unsubscribe and once handlers.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Topic[E any] struct {
	name   string
	subs   []*sub[E]
	nextID int
	log    []string
}

type sub[E any] struct {
	id       int
	name     string
	priority int
	once     bool
	filter   func(E) bool
	handle   func(E) error
}

type Unsubscribe func()

func NewTopic[E any](name string) *Topic[E] { return &Topic[E]{name: name} }

func (t *Topic[E]) Subscribe(name string, prio int, h func(E) error) Unsubscribe {
	return t.add(&sub[E]{name: name, priority: prio, handle: h})
}

func (t *Topic[E]) Once(name string, h func(E) error) Unsubscribe {
	return t.add(&sub[E]{name: name, once: true, handle: h})
}

func (t *Topic[E]) Where(name string, f func(E) bool, h func(E) error) Unsubscribe {
	return t.add(&sub[E]{name: name, filter: f, handle: h})
}

func (t *Topic[E]) add(s *sub[E]) Unsubscribe {
	t.nextID++
	s.id = t.nextID
	t.subs = append(t.subs, s)
	slices.SortStableFunc(t.subs, func(a, b *sub[E]) int { return cmp.Compare(b.priority, a.priority) })
	return func() { t.remove(s.id) }
}

func (t *Topic[E]) remove(id int) {
	t.subs = slices.DeleteFunc(t.subs, func(s *sub[E]) bool { return s.id == id })
}

// Publish delivers to each handler in priority order and collects errors.
func (t *Topic[E]) Publish(e E) []error {
	var errs []error
	var spent []int
	for _, s := range slices.Clone(t.subs) {
		if s.filter != nil && !s.filter(e) {
			continue
		}
		t.log = append(t.log, fmt.Sprintf("%s->%s", t.name, s.name))
		if err := s.handle(e); err != nil {
			errs = append(errs, fmt.Errorf("%s/%s: %w", t.name, s.name, err))
		}
		if s.once {
			spent = append(spent, s.id)
		}
	}
	for _, id := range spent {
		t.remove(id)
	}
	return errs
}

type UserSignedUp struct {
	Email string
	Plan  string
}

type PaymentFailed struct {
	Email  string
	Amount int
	Reason string
}

type Bus struct {
	Signups  *Topic[UserSignedUp]
	Payments *Topic[PaymentFailed]
}

func main() {
	bus := Bus{NewTopic[UserSignedUp]("signup"), NewTopic[PaymentFailed]("payment")}
	var outbox []string
	bus.Signups.Subscribe("welcome-mail", 0, func(e UserSignedUp) error {
		outbox = append(outbox, "welcome "+e.Email)
		return nil
	})
	bus.Signups.Subscribe("fraud-check", 10, func(e UserSignedUp) error {
		if e.Email == "bot@spam.io" {
			return fmt.Errorf("blocked %s", e.Email)
		}
		return nil
	})
	bus.Signups.Where("sales-alert", func(e UserSignedUp) bool { return e.Plan == "enterprise" }, func(e UserSignedUp) error {
		outbox = append(outbox, "sales: call "+e.Email)
		return nil
	})
	bus.Signups.Once("first-user-party", func(e UserSignedUp) error {
		outbox = append(outbox, "party for first user "+e.Email)
		return nil
	})
	retries := map[string]int{}
	stopDunning := bus.Payments.Subscribe("dunning", 5, func(e PaymentFailed) error {
		retries[e.Email]++
		outbox = append(outbox, fmt.Sprintf("retry #%d for %s ($%d)", retries[e.Email], e.Email, e.Amount))
		return nil
	})
	bus.Payments.Subscribe("metrics", 1, func(e PaymentFailed) error {
		outbox = append(outbox, "metric payment_failed reason="+e.Reason)
		return nil
	})

	for _, e := range []UserSignedUp{{"ann@acme.com", "free"}, {"bot@spam.io", "free"}, {"cto@bigco.com", "enterprise"}} {
		for _, err := range bus.Signups.Publish(e) {
			fmt.Println("error:", err)
		}
	}
	bus.Payments.Publish(PaymentFailed{"ann@acme.com", 20, "card_declined"})
	bus.Payments.Publish(PaymentFailed{"ann@acme.com", 20, "insufficient_funds"})
	stopDunning()
	bus.Payments.Publish(PaymentFailed{"cto@bigco.com", 900, "expired"})

	fmt.Println("outbox:")
	for i, m := range outbox {
		fmt.Printf("%2d %s\n", i+1, m)
	}
	fmt.Println("delivery log:")
	for _, l := range append(bus.Signups.log, bus.Payments.log...) {
		fmt.Println("  ", l)
	}
	fmt.Println("signup subscribers left:", len(bus.Signups.subs), "payment subscribers left:", len(bus.Payments.subs))
}
