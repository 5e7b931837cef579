package io.verbatim.samples;

import static io.verbatim.samples.Channels.APP;
import static io.verbatim.samples.Channels.FLIGHTS;
import static io.verbatim.samples.Channels.WEBSITE;

import java.util.List;

/** Owned by IT: the mobile app, website login, online check-in and onboard wifi. */
final class DigitalTopics {

  private DigitalTopics() {
  }

  static List<Topic> all() {
    return List.of(appCrash(), websiteLogin(), onlineCheckIn(), wifi());
  }

  private static Topic appCrash() {
    return Topic.builder("app-crash", "IT")
        .product(APP, 1)
        .weights(7, 2, 4)
        .trend(Trend.RECENT_SURGE)
        .complaints(
            "The app [keeps crashing|crashes every time I open it|crashed] [when I try to check in|on the payment page|when I open my booking|since the last update].",
            "[Since the latest update|Since the last update|After updating], the app [won't open|closes straight away|just shows a white screen|freezes on the login screen].",
            "[Your|The] [Android|iPhone|iOS] app [is unusable|is so buggy|is broken] [at the moment|right now|again].",
            "The app [froze|crashed] [at the gate|in the security queue] [and I couldn't get my boarding pass|and my boarding pass disappeared].",
            "[Couldn't|Could not|I couldn't] [add my passport details|choose a seat|pay for a bag] in the app because it [kept crashing|crashed every time].",
            "[The app|App] [logs me out|forgets my login] [every time|constantly] and then [crashes|freezes].",
            "[New|The new] version of the app [crashes on startup|won't load my trips|is a step backwards].")
        .details(
            "I have [deleted and reinstalled|reinstalled] it [twice|three times] [and it made no difference|with no luck].",
            "I'm on the [latest|newest] version [of iOS|of Android|of the app].",
            "[Ended up|I ended up] [queueing at the desk|printing the boarding pass at the airport] instead.")
        .praise(
            "The app is [really|very|super] [easy to use|slick|handy][, love it|].",
            "[Checked in|Changed my seat|Rebooked] in the app in [under a minute|seconds][, brilliant|].",
            "[Love|Really like] how the app [shows the gate|sends gate changes|keeps my boarding pass] [straight away|right away|on the home screen].")
        .suggest("[fix|sort out] the app [crashes|crashing][ before anything else| asap|]",
            "the app didn't crash [every time|all the time]")
        .suggest("[show|keep] my boarding pass [offline|without a connection] in the app",
            "the app showed my boarding pass offline")
        .suggest("[test|properly test] [app updates|your updates] before [releasing them|pushing them out]",
            "updates were tested before release")
        .suggest("[roll back|undo] the last app update",
            "you rolled back the [last|latest] update")
        .suggest("add [a dark mode|Apple Wallet support|a widget for my next flight] to the app",
            "the app had [a dark mode|Apple Wallet support|a widget for my next flight]")
        .neutral("[I use|Used] the app [mainly|mostly] to check in.",
            "Downloaded the app [before the trip|last week].")
        .terse(List.of("App keeps crashing.", "App crashes constantly!", "App broken after update.",
                "Fix your app please.", "Crashes on startup, useless.", "App won't even open."),
            List.of("Great app, easy to use.", "App works well.", "Love the new app!"))
        .notes("app crashing during check-in", "app not opening after update",
            "app [crash|freeze] on payment page")
        .build();
  }

  private static Topic websiteLogin() {
    return Topic.builder("website-login", "IT")
        .product(WEBSITE, 1)
        .weights(5, 0.8, 2.5)
        .complaints(
            "[I can't|I cannot|Can't] log in to [the website|my account|Manage Booking] [at all|since last week|no matter what I try].",
            "The password reset [email|link] [never arrives|doesn't work|expired before I could use it].",
            "[Your|The] website [keeps|kept] [logging me out|timing out] [in the middle of|halfway through] [booking|payment|checking in].",
            "[Login|Sign-in] [fails|errors] with [a generic error|\"something went wrong\"|an error code] [every time|on every browser].",
            "The website [is painfully slow|kept crashing|threw an error] [when I tried to|trying to] [change my flight|pay|add a bag].",
            "[Two-factor|Verification] codes [take ages to arrive|never arrive] so I [can't|cannot] get into my account.")
        .praise("The website is [clear|straightforward|easy to navigate] and booking took [minutes|no time].",
            "[Booking|Changing my flight] on the website was [easy|painless|quick].")
        .suggest("fix the [website login|password reset]",
            "logging in to the website actually worked")
        .suggest("[let us|let people|allow us to|allow people to] log in with [Google|Apple|a one-time code]",
            "I could log in with [Google|Apple|a one-time code]")
        .suggest("keep me logged in [for longer|during payment]",
            "the website didn't log me out during payment")
        .suggest("make the website [faster|work on mobile browsers|less clunky]",
            "the website was [faster|less clunky]")
        .neutral("Booked [through|on] the website[ as usual|].")
        .terse(List.of("Website login broken again.", "Can't log in!", "Password reset never arrives."),
            List.of("Website easy to use.", "Booking online was easy."))
        .notes("unable to log in to account", "password reset not received")
        .build();
  }

  private static Topic onlineCheckIn() {
    return Topic.builder("online-checkin", "IT")
        .product(WEBSITE, 5).product(APP, 5)
        .weights(5, 1.5, 2)
        .complaints(
            "Online check-in [failed|didn't work|gave an error][ so I had to queue at the airport| and I had to check in at the desk|].",
            "[I got|Got] an error [at the last step|on the passport page|on the seat page] of online check-in.",
            "Online check-in [wouldn't accept|rejected] my passport [number|details] [three times|repeatedly].",
            "Online check-in only opens [24|30] hours before departure, [which is too late|which is useless for early flights].",
            "The boarding pass [never arrived by email|didn't download|wouldn't load] after [checking in|online check-in].",
            "[Checking in|Check-in] for [a family|four people|my kids] online [is a nightmare|takes forever|kept failing].")
        .praise("Online check-in was [quick|smooth|a breeze].",
            "[Loved|Liked] that check-in [was automatic|opened early] and the boarding pass [was in my inbox|came straight to my phone].")
        .suggest("[open|start] online check-in [earlier|48 hours before departure]",
            "online check-in opened earlier")
        .suggest("check [us|passengers] in automatically",
            "check-in was automatic")
        .suggest("[let one person|allow one person to] check in the whole [group|family] online",
            "I could check in my whole family at once")
        .suggest("[email|send] the boarding pass [as a PDF|automatically] after check-in",
            "the boarding pass was emailed automatically")
        .terse(List.of("Online check-in failed again.", "Check-in error, had to queue."),
            List.of("Online check-in was easy.", "Check-in was quick."))
        .notes("online check-in error", "boarding pass not received")
        .build();
  }

  private static Topic wifi() {
    return Topic.builder("wifi", "IT")
        .product(FLIGHTS, 1)
        .weights(3, 1, 5)
        .complaints(
            "[There was|There's] no wifi on {hour_flight}[, in 2026|].",
            "The [onboard|inflight|on-board] wifi [didn't work|kept dropping|was unusably slow|cost {fee} and didn't work].",
            "[Paid|I paid] for wifi [and|but] [it never connected|couldn't even load my email|it dropped every few minutes].",
            "[The|Your] [wifi|Wi-Fi] [portal|login page] [never loaded|kept timing out].")
        .praise("[The|Onboard] wifi [worked well|was fast enough to work|was surprisingly good].",
            "Free [messaging|wifi] on board was a [nice touch|great surprise].")
        .suggest("add wifi on [planes|all flights|short-haul flights]",
            "there was wifi on [the plane|board|short-haul flights]")
        .suggest("make [the|onboard] wifi free [for loyalty members|for everyone|at least for messaging]",
            "the wifi was free[ for members|]")
        .suggest("[upgrade|improve] the [onboard|inflight] wifi",
            "the wifi actually worked")
        .terse(List.of("Wifi didn't work.", "No wifi onboard, seriously?", "Paid for wifi, nothing."),
            List.of("Wifi worked great!"))
        .notes("refund request for onboard wifi", "wifi not working on {flight}")
        .build();
  }
}
