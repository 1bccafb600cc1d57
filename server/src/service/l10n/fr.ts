/**
 * French: the server's messages, in the terms French Windows uses for AD CS and certutil
 * (autorité de certification (AC), fournisseur de stockage de clés, fournisseur de services de chiffrement,
 * conteneur de clé, fournisseur). certutil's own field names (KeySpec, ProviderType, Flags) and commands stay
 * as certutil prints and reads them.
 */

import type { ServerBundle } from './serverMessages';

export const fr: ServerBundle = {
  messages: {
    'keyspec.ksp-nonzero':
      '{certificate}KeySpec vaut {keySpec}, mais la clé se trouve dans un fournisseur de stockage de clés CNG ({provider}). Une clé CNG n’a pas de spécification de clé : KeySpec doit donc valoir 0, sinon le renouvellement du certificat avec sa clé existante échoue. {advice}',
    'provider.type-mismatch': '{provider} est {providerKind}, mais ProviderType vaut {providerType}. {expected}',
    'dump.not-verbose':
      'Cette sortie a été produite sans -v : elle n’affiche ni ProviderType, ni Flags, ni KeySpec. Exécutez de nouveau `certutil -v -store {store}` pour vérifier le KeySpec de ses clés.',
    'keyprov.incomplete': 'Ce bloc de fournisseur de clé est incomplet (pas de {missing}) : son KeySpec ne peut pas être jugé.',
    'compare.fixed': 'Réparé depuis {before} : KeySpec valait {keySpecBefore}, maintenant {keySpecAfter}.',
    'compare.changed': 'Modifié depuis {before} : {changes}. Vérifiez que c’était voulu.',
    'compare.appeared': 'Ce certificat ne figure pas dans {before}.',
    'key.missing':
      '{what} : ce certificat a perdu le lien avec sa clé privée ; le renouvellement avec la clé existante, la signature et le déchiffrement échouent donc. {repair}',
    'key.container-inconsistent': '{detail} {which}',
    'key.container-hash':
      'Le nom de conteneur unique commence par {actual}, mais le MD5 du nom de conteneur en minuscules « {container} » ({encoding}) est {expected}. La sortie a peut-être été modifiée ou ressaisie : copiez les noms d’une nouvelle sortie de `certutil -v -store`.',
    'ca.csp-no-sha2':
      'Cette clé d’AC se trouve dans {provider} (PROV_RSA_FULL), qui ne peut pas signer en SHA-2. Déplacez la clé de l’AC vers un fournisseur de stockage de clés (migration de CSP vers KSP) avant de la renouveler en SHA-256.',
    'ca.sha1':
      'Ce certificat d’AC est signé avec {algorithm}. Les clients rejettent les signatures SHA-1 sur les certificats d’AC : renouvelez-le en SHA-256 auprès de son émetteur.',
    'key.short':
      'La clé RSA fait {bits} bits, moins que {minimum}. Un renouvellement avec la clé existante garde cette longueur : renouvelez avec une nouvelle clé de {minimum} bits ou plus.',
    'cert.expired': 'Ce {what} a expiré le {date} (il y a {days} jours).{superseded}',
    'cert.expiring': 'Ce {what} expire le {date}, dans {days} jours.{advice}',
    'keyspec.consumer':
      'KeySpec vaut 2 (AT_SIGNATURE) sur une clé d’un CSP hérité, mais {rule} : Schannel (IIS, SQL Server, RDP) exige AT_KEYEXCHANGE (KeySpec 1) pour une clé CSP. Générez un INF de réparation (correctif rapide) qui définit KeySpec=1.',
    'certutil.failed': '{source} a échoué avec {hex} {name} : {meaning} Ensuite : {next}',
    'careg.provider-mismatch':
      'Le Registre de l’AC (ca\\csp) indique {registry}, mais la clé de son certificat d’AC actuel (certificat {index}) se trouve dans {certificate}. CertSvc ouvre le fournisseur qu’indique le Registre : mettez-les en accord (certutil -setreg ca\\csp\\Provider, ProviderType) ou réparez le certificat.',
    'careg.cng-hash-on-csp':
      'CNGHashAlgorithm vaut {value}, mais le fournisseur de l’AC est un CSP, qui signe avec HashAlgorithm : cette valeur reste sans effet tant que la clé de l’AC n’est pas passée à un KSP.',
    'careg.hash-confusion':
      'HashAlgorithm vaut {value}, mais une AC sur un fournisseur de stockage de clés signe avec CNGHashAlgorithm, qui n’est pas défini. Définissez-le : certutil -setreg ca\\csp\\CNGHashAlgorithm SHA256.',
    'careg.interactive':
      'Interactive vaut 1 avec {provider} : l’AC laisse le fournisseur afficher ses propres boîtes de dialogue (carte d’opérateur, phrase secrète) quand CertSvc utilise la clé. Si le HSM n’est pas configuré pour exiger un opérateur, mettez-le à 0 (certutil -setreg ca\\csp\\Interactive 0) ; sinon, quelqu’un doit répondre à la console chaque fois que CertSvc démarre ou signe.',
    'limits.too-many-problems': 'Affichage des {shown} problèmes les plus graves sur {total} (paramètre certutil.maxProblems).',
    'limits.inf-too-large': 'Cet INF fait {size} Mo, bien plus que tout INF de certutil : il n’est donc pas vérifié.',
    'internal.error':
      'Cette partie n’a pas pu être vérifiée : {what} a échoué dessus. L’erreur figure dans le canal de sortie « Certutil » ; merci de la signaler.',
    'inf.unterminated-quote':
      'Cette chaîne entre guillemets n’est pas fermée : dans un INF, les guillemets se ferment sur la même ligne, donc le reste de la ligne (un commentaire `;` aussi) est lu comme texte de la valeur.',
    'inf.outside-section': 'Cette entrée se trouve hors de toute section : certutil et certreq l’ignorent. Placez-la sous un en-tête [Section].',
    'inf.bad-section-header': 'Un en-tête de section est `[Nom]` seul sur sa ligne (un commentaire `;` peut suivre). {detail}',
    'inf.slash-comment':
      '`{marker}` ne commence pas de commentaire dans un fichier INF : certutil lit ce texte comme une partie de la valeur. Seul `;` commence un commentaire.',
    'inf.not-key-value': 'Cette ligne n’est pas de la forme `clé = valeur` : {program} ne peut pas la lire.',
    'inf.misspelt-section': 'Section inconnue [{name}] : vouliez-vous dire [{suggestion}] ? Une section mal orthographiée est ignorée sans avertissement.',
    'inf.signature': 'La signature doit être "$Windows NT$" (avec des guillemets droits), et non {value}.',
    'inf.duplicate-key': '{key} est défini plusieurs fois dans [{section}] ; la valeur retenue n’est pas documentée. Gardez-en une.',
    'inf.continue-without-key': '`_continue_` prolonge l’entrée qui le précède, mais il n’y en a aucune dans cette section.',
    'inf.placeholder': '{value} ressemble à un espace réservé resté d’un modèle. Remplacez-le par le vrai {what}.',
    'inf.property-id':
      '{key} n’est pas un identificateur de propriété : les clés de [Properties] sont des nombres décimaux comme 2 (fournisseur de clé) ou 11 (nom convivial).{hint}',
    'inf.property-id-unknown': 'L’identificateur de propriété {id} n’est pas défini dans wincrypt.h (identificateurs 1 à 107) ; vérifiez le nombre.',
    'inf.eku-not-oid': '{value} n’est pas un OID : les utilisations avancées de la clé s’écrivent en nombres séparés par des points, comme 1.3.6.1.5.5.7.3.1.',
    'keyprov.missing-ampersand':
      'Ce fragment ne se termine pas par `&` : certutil le colle donc au suivant ({glued}). Chaque fragment sauf le dernier se termine par `&`.',
    'keyprov.trailing-ampersand':
      'La dernière paire ne doit pas se terminer par `&` (l’aide de certutil et l’article d’origine écrivent `KeySpec=...` sans) ; certutil peut lire une paire vide après.',
    'keyprov.unknown-pair':
      '{name} n’est pas un champ des informations du fournisseur de clé. Les champs sont Container, Provider, ProviderType, Flags et KeySpec.{hint}',
    'keyprov.bad-pair': '{text} n’est pas une paire `Nom=Valeur`.',
    'keyprov.duplicate-pair': '{name} figure deux fois dans cette chaîne de fournisseur de clé ; celle que certutil garde n’est pas documentée.',
    'keyprov.missing-pair': 'Les informations du fournisseur de clé n’ont pas de {name}. {why}',
    'keyprov.bad-value': '{name}={value} n’est pas valide : {expected}',
    'keyprov.flags-not-hex':
      'Flags={value} peut se lire de deux façons. certutil -v affiche Flags en hexadécimal, mais il n’est pas documenté si certutil lit un nombre nu dans un INF en hexadécimal ou en décimal. Écrivez {asHex} si vous voulez dire {value} en hexadécimal, ou {asDecimal} si vous voulez dire {value} en décimal.',
    'certreq.unknown-key': '{key} n’est pas une clé de [NewRequest] documentée par certreq.{hint}',
    'certreq.bad-value': '{value} n’est pas une valeur valide pour {key} : attendu {expected}.{hint}',
    'certreq.weak-key': 'KeyLength {value} est faible pour RSA ; utilisez 2048 ou plus.',
    'capolicy.unknown-key': '{key} n’est pas une clé de [{section}].{hint}',
    'capolicy.bad-value': '{value} n’est pas une valeur valide pour {key} : attendu {expected}.{hint}',
    'capolicy.https-url':
      'HTTPS n’est pas pris en charge pour les points de distribution de CRL et les emplacements AIA ; les clients ne pourraient pas récupérer {value}. Utilisez http ou ldap.',
    'capolicy.missing-policy-section': 'Policies cite {name}, mais il n’y a pas de section [{name}] avec son OID.',
    'capolicy.unreferenced-policy': '[{name}] ne figure dans aucune ligne Policies= : elle est donc sans effet.',
    'capolicy.sample-oid': '{value} est l’OID d’exemple de l’article de Microsoft sur CAPolicy.inf ; utilisez un OID de votre propre arc.',
    'capolicy.missing-version': 'CAPolicy.inf doit commencer par une section [Version] avec Signature="$Windows NT$" ; c’est la seule section obligatoire.',
    'keyspec.csp-none':
      'KeySpec vaut 0 (AT_NONE), mais {provider} est un CSP CryptoAPI hérité : un CSP désigne ses clés par AT_KEYEXCHANGE (1) ou AT_SIGNATURE (2), donc KeySpec 0 ne désigne aucune clé utilisable. Écrivez la spécification de clé avec laquelle la clé a été créée ({program} lit cette valeur).',
    'provider.algorithm-prefix':
      '`{algorithm}#` est la façon dont Install-AdcsCertificationAuthority -CryptoProviderName écrit l’algorithme de la clé ; {program} attend le seul nom du fournisseur ({provider}) et ne trouve aucun fournisseur de ce nom.',
    'provider.type-unknown':
      'ProviderType {value} n’est pas un type de fournisseur défini par Windows (0 pour un KSP, ou une valeur PROV_* comme 1 PROV_RSA_FULL ou 24 PROV_RSA_AES). Vérifiez le type avec certutil -csplist.',
    'capolicy.unknown-section':
      'L’installation de l’AC ne lit pas de section [{name}], et aucune ligne Policies=, Include= ou Exclude= ne la cite : elle est donc ignorée.',
    'capolicy.policy-without-oid':
      '[{name}] est citée dans Policies= mais n’a pas d’OID ; chaque stratégie a besoin de son OID, l’installation de l’AC ne peut donc pas construire cette stratégie.',
    'capolicy.unlisted-policy': '[{name}] ressemble à une section de stratégie, mais la ligne Policies= ne la cite pas : elle ne prend donc jamais effet.',
    'certreq.placeholder':
      '{value} ressemble à un espace réservé resté d’un modèle ; certreq le mettrait tel quel dans la demande. Remplacez-le par le vrai {what}.',
  },
  phrases: {
    // keyspec.ksp-nonzero
    'Certificate {label} (serial {serial}, valid {validity}): ': 'Certificat {label} (numéro de série {serial}, valide {validity}) : ',
    'Certificate {label} (serial {serial}): ': 'Certificat {label} (numéro de série {serial}) : ',
    'Certificate {label} (valid {validity}): ': 'Certificat {label} (valide {validity}) : ',
    'Certificate {label}: ': 'Certificat {label} : ',
    'Generate a repair INF (quick fix) to set KeySpec=0.': 'Générez un INF de réparation (correctif rapide) qui définit KeySpec=0.',
    'Generate a repair INF (quick fix) to set KeySpec=0. {reason}': 'Générez un INF de réparation (correctif rapide) qui définit KeySpec=0. {reason}',
    'Generate a repair INF (quick fix) to set KeySpec=0. The dump shows no serial number: the repair names the certificate by its SHA-1 hash.':
      'Générez un INF de réparation (correctif rapide) qui définit KeySpec=0. La sortie n’affiche pas de numéro de série : la réparation désigne le certificat par son hachage SHA-1.',
    "{explanation} This is not a CA certificate, so the provider's rule wins: no KeySpec=0 repair is offered (source: {source}).":
      '{explanation} Ce n’est pas un certificat d’AC : la règle du fournisseur l’emporte, aucune réparation vers KeySpec=0 n’est proposée (source : {source}).',
    '{explanation} But this is a CA certificate, and renewing it with its existing key needs KeySpec 0: the CA rule wins (source: {source}). {next}':
      '{explanation} Mais c’est un certificat d’AC, et son renouvellement avec la clé existante exige KeySpec 0 : la règle des AC l’emporte (source : {source}). {next}',
    'Google Cloud KMS Provider has been reported to refuse opening a key with KeySpec 0 ("unsupported legacy key spec specified: 0", NTE_NOT_SUPPORTED), so setting KeySpec=0 can leave the key unusable through this provider.':
      'Google Cloud KMS Provider refuserait, d’après des signalements, d’ouvrir une clé dont le KeySpec vaut 0 (« unsupported legacy key spec specified: 0 », NTE_NOT_SUPPORTED) : définir KeySpec=0 peut donc rendre la clé inutilisable par ce fournisseur.',
    'A smart-card container holds up to two keys, one AT_KEYEXCHANGE and one AT_SIGNATURE, and the card minidriver creates and reads each by that key spec, so KeySpec here names which key of the container the certificate uses.':
      'Un conteneur de carte à puce contient jusqu’à deux clés, une AT_KEYEXCHANGE et une AT_SIGNATURE, et le minipilote de la carte crée et lit chacune par cette spécification de clé : KeySpec désigne donc ici quelle clé du conteneur le certificat utilise.',
    'No repair INF can be offered: {reason}': 'Aucun INF de réparation ne peut être proposé : {reason}',
    'Set KeySpec=0 here.': 'Définissez KeySpec=0 ici.',
    'The dump shows {missing} for this certificate (only {found}): choose the store before a repair is written.':
      'La sortie n’affiche, pour ce certificat, {missing} (seulement {found}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump shows {missing} for this certificate: choose the store before a repair is written.':
      'La sortie n’affiche, pour ce certificat, {missing} : choisissez le magasin avant qu’une réparation soit écrite.',
    'nothing that tells the machine store from the user store': 'rien qui distingue le magasin de l’ordinateur de celui de l’utilisateur',
    'no store name and nothing that tells the machine store from the user store':
      'ni nom de magasin ni rien qui distingue le magasin de l’ordinateur de celui de l’utilisateur',
    'the store header {name}': 'l’en-tête de magasin {name}',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({found}): choose the store before a repair is written.':
      'La sortie se contredit sur la présence du certificat dans le magasin de l’ordinateur ou de l’utilisateur ({found}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump shows no Key Container line for this key, so a KeyProv.inf cannot name the key to keep.':
      'La sortie n’affiche pas de ligne « Conteneur de clé » (Key Container) pour cette clé : un KeyProv.inf ne peut donc pas désigner la clé à conserver.',
    'The dump shows neither the serial number nor the SHA-1 certificate hash of this certificate, so no repair command can name it.':
      'La sortie n’affiche ni le numéro de série ni le hachage SHA-1 de ce certificat : aucune commande de réparation ne peut donc le désigner.',
    'certreq creates a new CNG key, which has no key spec (CertEnroll sets KeySpec 0 for a KSP); write KeySpec=0 or leave it out so the file says what happens.':
      'certreq crée une nouvelle clé CNG, qui n’a pas de spécification de clé (CertEnroll définit KeySpec 0 pour un KSP) ; écrivez KeySpec=0 ou omettez-le pour que le fichier dise ce qui se passe.',
    // provider.type-mismatch
    'a CNG Key Storage Provider': 'un fournisseur de stockage de clés CNG',
    'a legacy CryptoAPI provider': 'un fournisseur CryptoAPI hérité',
    'A KSP has ProviderType 0.': 'Un KSP a ProviderType 0.',
    'This CSP has ProviderType {type}.': 'Ce CSP a ProviderType {type}.',
    // cert.expired, cert.expiring
    'CA certificate': 'certificat d’AC',
    certificate: 'certificat',
    ' Renew it before then.': ' Renouvelez-le avant cette date.',
    ' Renew the CA certificate now (with the existing key only if its KeySpec and provider are healthy).':
      ' Renouvelez le certificat d’AC maintenant (avec la clé existante seulement si son KeySpec et son fournisseur sont sains).',
    ' Certificate {index} of the same subject is valid longer, so this one is an earlier generation.':
      ' Le certificat {index} du même objet est valide plus longtemps : celui-ci est donc une génération antérieure.',
    // key.missing (and its related lines)
    'certutil reports "Missing stored keyset" (the container named in the certificate is not there)':
      'certutil signale « Missing stored keyset » (le conteneur cité dans le certificat n’existe pas)',
    'The certificate has no key-provider property': 'Le certificat n’a pas de propriété de fournisseur de clé',
    'certutil cannot find the private key of this certificate': 'certutil ne trouve pas la clé privée de ce certificat',
    'The encryption test with the private key FAILED': 'Le test de chiffrement avec la clé privée a ÉCHOUÉ',
    'The signature test with the private key FAILED': 'Le test de signature avec la clé privée a ÉCHOUÉ',
    "certutil could not verify the certificate's public key against the private key":
      'certutil n’a pas pu vérifier la clé publique du certificat par rapport à la clé privée',
    'Certificate {index} has the same key (same Key Id Hash) in container "{container}": generate a KeyProv INF for it (quick fix), or run {command}.':
      'Le certificat {index} a la même clé (même Key Id Hash) dans le conteneur « {container} » : générez un INF KeyProv pour celui-ci (correctif rapide), ou exécutez {command}.',
    'Run {command} (elevated): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.':
      'Exécutez {command} en tant qu’administrateur : sans INF, certutil cherche parmi les fournisseurs de clés la clé qui correspond au certificat. Si aucune ne correspond, la clé est perdue : restaurez-la depuis une sauvegarde (PFX) ou renouvelez avec une nouvelle clé.',
    'The dump shows no serial number to repair it by.': 'La sortie n’affiche aucun numéro de série par lequel le réparer.',
    "The same key's container, on another certificate": 'Le conteneur de la même clé, sur un autre certificat',
    'This is a CA certificate': 'Ceci est un certificat d’AC',
    'The key container the repair INF keeps': 'Le conteneur de clé que l’INF de réparation conserve',
    'The CNG Key Storage Provider that holds the key': 'Le fournisseur de stockage de clés CNG qui contient la clé',
    'The key provider of the current CA certificate': 'Le fournisseur de clé du certificat d’AC actuel',
    'The name certutil read from the key itself': 'Le nom que certutil a lu dans la clé elle-même',
    'The provider named here': 'Le fournisseur cité ici',
    'First set here': 'Défini une première fois ici',
    // key.container-inconsistent
    "certutil found that the container named in the certificate is not the key's own container.":
      'certutil a constaté que le conteneur cité dans le certificat n’est pas le conteneur propre de la clé.',
    'Key Container is empty: the certificate names no container, so no provider can open its key.':
      'Key Container (conteneur de clé) est vide : le certificat ne cite aucun conteneur, aucun fournisseur ne peut donc ouvrir sa clé.',
    'Key Container "{container}" is not the key\'s container name "{simple}".':
      'Key Container « {container} » n’est pas le nom de conteneur « {simple} » de la clé.',
    'Container= in a KeyProv INF takes the name the provider lists for this key (certutil -key, or certutil -csp "<provider>" -key): the Key Container value is only what the certificate remembers.':
      'Container= dans un INF KeyProv prend le nom que le fournisseur indique pour cette clé (certutil -key, ou certutil -csp "<provider>" -key) : la valeur de Key Container n’est que ce dont le certificat se souvient.',
    'Container= in a KeyProv INF takes the Simple container name "{simple}": it is the name the provider knows the key by; the Key Container value is what the certificate remembers.':
      'Container= dans un INF KeyProv prend le Simple container name « {simple} » : c’est le nom sous lequel le fournisseur connaît la clé ; la valeur de Key Container est ce dont le certificat se souvient.',
    // keyspec.consumer
    'the certificate has the Server Authentication EKU (1.3.6.1.5.5.7.3.1), so a TLS server uses it':
      'le certificat a l’utilisation avancée de la clé Authentification du serveur (1.3.6.1.5.5.7.3.1), un serveur TLS l’utilise donc',
    // internal.error
    'the dump parser': 'l’analyseur des sorties certutil',
    'the INF parser': 'l’analyseur INF',
    'the {name} check': 'la vérification {name}',
    // INF checks
    ' Did you mean {suggestion}?': ' Vouliez-vous dire {suggestion} ?',
    'The closing `]` is missing.': 'Le `]` fermant manque.',
    'Move this text to a line of its own.': 'Placez ce texte sur une ligne à part.',
    ' Property ids run from 1 to 65535.': ' Les identificateurs de propriété vont de 1 à 65535.',
    'one of {values}': 'l’une des valeurs {values}',
    'a number from {low} to {high}': 'un nombre de {low} à {high}',
    'a dotted OID such as {oid}': 'un OID à points comme {oid}',
    'flag names joined by | or a hex number such as {example}': 'des noms d’indicateurs joints par | ou un nombre hexadécimal comme {example}',
    value: 'valeur',
    'DNS name': 'nom DNS',
    'name in the distinguished name': 'nom dans le nom unique',
    'key container name (`Key Container` in certutil -v -store)': 'nom de conteneur de clé (`Key Container` dans certutil -v -store)',
    'Without it the certificate is linked to no key.': 'Sans lui, le certificat n’est lié à aucune clé.',
    'Without it certutil cannot tell which provider holds the key.': 'Sans lui, certutil ne peut pas savoir quel fournisseur contient la clé.',
    'What certutil records without it is not documented; write KeySpec=0 for a KSP key, 1 or 2 for a CSP key.':
      'Ce que certutil enregistre sans lui n’est pas documenté ; écrivez KeySpec=0 pour une clé KSP, 1 ou 2 pour une clé CSP.',
    '{provider} is a CSP of type {type}; without ProviderType certutil may record 0, the KSP type.':
      '{provider} est un CSP de type {type} ; sans ProviderType, certutil peut enregistrer 0, le type KSP.',
    'expected a number: 0 for a KSP, the CSP type otherwise.': 'un nombre est attendu : 0 pour un KSP, sinon le type du CSP.',
    'expected a number such as {example} or 0.': 'un nombre est attendu, comme {example} ou 0.',
    "write the number {n}: certutil's help and the seed article only show numbers here.":
      'écrivez le nombre {n} : l’aide de certutil et l’article d’origine ne montrent ici que des nombres.',
    'it is empty.': 'elle est vide.',
    // ---- what the glue shows besides diagnostics: quick fixes, code lenses, inlay hints, refusals ----
    'Generate repair INF (KeySpec=0)': 'Générer l’INF de réparation (KeySpec=0)',
    'Generate KeyProv.inf (KeySpec=0)': 'Générer KeyProv.inf (KeySpec=0)',
    'Generate KeyProv.inf (KeySpec=1)': 'Générer KeyProv.inf (KeySpec=1)',
    'Generate the key repair': 'Générer la réparation de la clé',
    'Generate KeyProv.inf for serial {serial} (KeySpec=0)': 'Générer KeyProv.inf pour le numéro de série {serial} (KeySpec=0)',
    'Choose the store, then generate KeyProv.inf for serial {serial} (KeySpec=0)':
      'Choisir le magasin, puis générer KeyProv.inf pour le numéro de série {serial} (KeySpec=0)',
    'Generate {file} (KeySpec=0)': 'Générer {file} (KeySpec=0)',
    'Generate {file}': 'Générer {file}',
    'Show the generated file': 'Afficher le fichier généré',
    'The dump is not open.': 'La sortie n’est pas ouverte.',
    'The diagnostic carries no repair target.': 'Le diagnostic ne porte aucune cible de réparation.',
    'CA key health: {summary}': 'État des clés de l’AC : {summary}',
    'No CA key problems found': 'Aucun problème de clé d’AC trouvé',
    '{n} KeySpec repair': '{n} réparation du KeySpec',
    '{n} KeySpec repairs': '{n} réparations du KeySpec',
    '{n} lost key': '{n} clé perdue',
    '{n} lost keys': '{n} clés perdues',
    '{n} TLS key with KeySpec 2': '{n} clé TLS avec KeySpec 2',
    '{n} TLS keys with KeySpec 2': '{n} clés TLS avec KeySpec 2',
    '{n} CA certificate expired': '{n} certificat d’AC expiré',
    '{n} CA certificates expired': '{n} certificats d’AC expirés',
    '{n} certificate expires in {days} days': '{n} certificat expire dans {days} jours',
    '{n} certificates expire in {days} days': '{n} certificats expirent dans {days} jours',
    '{n} CA certificate expires in {days} days': '{n} certificat d’AC expire dans {days} jours',
    '{n} CA certificates expire in {days} days': '{n} certificats d’AC expirent dans {days} jours',
    '{n} certutil error': '{n} erreur certutil',
    '{n} certutil errors': '{n} erreurs certutil',
    '{n} other problem': '{n} autre problème',
    '{n} other problems': '{n} autres problèmes',
    'expires today': 'expire aujourd’hui',
    'expires in 1 day': 'expire dans 1 jour',
    'expires in {days} days': 'expire dans {days} jours',
    'expired 1 day ago': 'expiré depuis 1 jour',
    'expired {days} days ago': 'expiré depuis {days} jours',
    'day/month order unknown: {monthFirst} if month first, {dayFirst} if day first':
      'ordre du jour et du mois inconnu : {monthFirst} si le mois vient en premier, {dayFirst} si le jour vient en premier',
    'Set KeySpec to {value}': 'Définir KeySpec à {value}',
    'Set ProviderType to {value}': 'Définir ProviderType à {value}',
    'Write the provider name alone: {value}': 'Écrire le seul nom du fournisseur : {value}',
    'Change to {value}': 'Remplacer par {value}',
    'Change to property {value}': 'Remplacer par la propriété {value}',
    'Write Signature={value}': 'Écrire Signature={value}',
    'Write {value} (certutil -v prints Flags in hex)': 'Écrire {value} (certutil -v affiche Flags en hexadécimal)',
    'Write {value} ({written} read as decimal)': 'Écrire {value} ({written} lu en décimal)',
    'Write {value}': 'Écrire {value}',
    'Add {pair}': 'Ajouter {pair}',
    'Close the quote at the end of the line': 'Fermer les guillemets en fin de ligne',
    'Use ; to start the comment': 'Commencer le commentaire par ;',
    'Move the remark to a ; comment line of its own': 'Placer la remarque sur une ligne de commentaire ; à part',
    'Delete the remark': 'Supprimer la remarque',
    'Use container "{container}" ({subject}, serial {serial})': 'Utiliser le conteneur « {container} » ({subject}, numéro de série {serial})',
    'Use container "{container}" (serial {serial})': 'Utiliser le conteneur « {container} » (numéro de série {serial})',
    "Add the missing '&'": "Ajouter le '&' manquant",
    "Remove the trailing '&'": "Supprimer le '&' final",
    // Repair notes and refusals
    '{first} is in the folder with other content, so it was kept and this file is {file}.':
      '{first} se trouve déjà dans le dossier avec un autre contenu : il a été conservé et ce fichier s’appelle {file}.',
    '{file} and every numbered copy of it already exist in the folder.': '{file} et chacune de ses copies numérotées existent déjà dans le dossier.',
    'Every name for the repair scripts is taken in the folder.': 'Tous les noms des scripts de réparation sont déjà pris dans le dossier.',
    'Serial {serial}: {reason}': 'Numéro de série {serial} : {reason}',
    'choose the store first.': 'choisissez d’abord le magasin.',
    'No certificate in this dump needs a KeySpec repair.': 'Aucun certificat de cette sortie n’a besoin d’une réparation de KeySpec.',
    'None of these certificates needs a KeySpec repair.': 'Aucun de ces certificats n’a besoin d’une réparation de KeySpec.',
    'No certificate to repair.': 'Aucun certificat à réparer.',
    'The store choice must be the machine or the user store.': 'Le magasin choisi doit être celui de l’ordinateur ou celui de l’utilisateur.',
    'This diagnostic carries no repair.': 'Ce diagnostic ne porte aucune réparation.',
    'The dump shows no Provider line for this key.': 'La sortie n’affiche pas de ligne « Fournisseur » (Provider) pour cette clé.',
    'The dump does not show the store of this certificate.': 'La sortie n’affiche pas le magasin de ce certificat.',
    'no store name': 'aucun nom de magasin',
    'The dump contradicts itself about which store the certificate is in ({found}): choose the store before a repair is written.':
      'La sortie se contredit sur le magasin où se trouve le certificat ({found}) : choisissez le magasin avant qu’une réparation soit écrite.',
    "The dump comes from {source} with -service: a service's store needs its service name, so write this repair by hand.":
      'La sortie provient de {source} avec -service : le magasin d’un service demande le nom de ce service, écrivez donc cette réparation à la main.',
    'The dump comes from {source} with -grouppolicy: group-policy stores are rewritten by policy, so repair the certificate where the policy gets it from.':
      'La sortie provient de {source} avec -grouppolicy : les magasins de stratégie de groupe sont réécrits par la stratégie, réparez donc le certificat là où la stratégie le prend.',
    'The dump is outside the workspace: pick the folder to write the repair files to.':
      'La sortie est hors de l’espace de travail : choisissez le dossier où écrire les fichiers de réparation.',
    'The dump is outside the workspace: pass the folder to write the repair files to as the second argument.':
      'La sortie est hors de l’espace de travail : passez en second argument le dossier où écrire les fichiers de réparation.',
    "The dump is outside the workspace: run {command} as the certificate's owner.":
      'La sortie est hors de l’espace de travail : exécutez {command} en tant que propriétaire du certificat.',
    'The dump is outside the workspace: run {command} from an elevated prompt.':
      'La sortie est hors de l’espace de travail : exécutez {command} depuis une invite de commandes en tant qu’administrateur.',
    'No free file name for the KeyProv INF beside the dump.': 'Aucun nom de fichier libre pour l’INF KeyProv à côté de la sortie.',
    'No free file name for the repair script beside the dump.': 'Aucun nom de fichier libre pour le script de réparation à côté de la sortie.',
    'The repair does not say whether the certificate is in the machine or the user store.':
      'La réparation n’indique pas si le certificat est dans le magasin de l’ordinateur ou de l’utilisateur.',
    'The serial number "{serial}" is not plain hex, so it cannot be passed to certutil safely.':
      'Le numéro de série « {serial} » n’est pas purement hexadécimal : il ne peut donc pas être passé à certutil sans risque.',
    'The serial number {serial} is too long to name a file after.': 'Le numéro de série {serial} est trop long pour nommer un fichier.',
    'The store name "{store}" is not a plain store name.': 'Le nom de magasin « {store} » n’est pas un simple nom de magasin.',
    'The store name {store} is longer than {n} characters.': 'Le nom de magasin {store} dépasse {n} caractères.',
    'The subject "{value}" is longer than {n} characters, more than a script comment should carry.':
      'Le sujet « {value} » dépasse {n} caractères, plus que ce qu’un commentaire de script devrait porter.',
    'The Flags value {value} is not a 32-bit number, so it cannot be written as dwFlags.':
      'La valeur Flags {value} n’est pas un nombre de 32 bits : elle ne peut donc pas être écrite comme dwFlags.',
    'The container name "{value}" {problem}. Write this KeyProv.inf by hand and check it with certutil.':
      'Le nom du conteneur « {value} » {problem}. Écrivez ce KeyProv.inf à la main et vérifiez-le avec certutil.',
    'The provider name "{value}" {problem}. Write this KeyProv.inf by hand and check it with certutil.':
      'Le nom du fournisseur « {value} » {problem}. Écrivez ce KeyProv.inf à la main et vérifiez-le avec certutil.',
    'is missing': 'est absent',
    'is empty': 'est vide',
    'is longer than {n} characters, which no real key has': 'dépasse {n} caractères, ce qu’aucune vraie clé n’a',
    'contains & or " or %, which a KeyProv.inf cannot carry': 'contient & ou " ou %, qu’un KeyProv.inf ne peut pas porter',
    'contains characters outside printable ASCII, which certutil may misread in an INF':
      'contient des caractères hors de l’ASCII imprimable, que certutil risque de mal lire dans un INF',
    'starts or ends with a space, which certutil may trim': 'commence ou finit par une espace, que certutil risque de supprimer',
    'looks like a template placeholder, not a value copied from a dump': 'ressemble à un espace réservé de modèle, pas à une valeur copiée d’une sortie',
    'KeySpec {keySpec} with ProviderType {providerType} is not a key spec a KeyProv.inf can carry.':
      'KeySpec {keySpec} avec ProviderType {providerType} n’est pas une spécification de clé qu’un KeyProv.inf peut porter.',
    'The file name "{file}" is not a plain file name (letters, digits, . _ -).':
      'Le nom de fichier « {file} » n’est pas un simple nom de fichier (lettres, chiffres, . _ -).',
    'The file name "{file}" is not a plain file name.': 'Le nom de fichier « {file} » n’est pas un simple nom de fichier.',
    'The file name "{file}" cannot be passed to a script safely.': 'Le nom de fichier « {file} » ne peut pas être passé à un script sans risque.',
    'The dump does not show the {what} of this certificate, so no rollback INF can restore it.':
      'La sortie n’affiche pas le {what} de ce certificat : aucun INF de restauration ne peut donc le rétablir.',
    'The {what} value {value} is not a 32-bit number.': 'La valeur {what} {value} n’est pas un nombre de 32 bits.',
    'The certificates come from more than one store; repair each store on its own.':
      'Les certificats viennent de plusieurs magasins ; réparez chaque magasin séparément.',
    'A certificate is listed twice; each serial number can be repaired once per script.':
      'Un certificat figure deux fois ; chaque numéro de série ne peut être réparé qu’une fois par script.',
    'The name is empty.': 'Le nom est vide.',
    '"{name}" is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), not a file.':
      '« {name} » est un nom de périphérique sous Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), pas un fichier.',
    '"{name}" ends in a dot or a space, which Windows drops: the file would be another one.':
      '« {name} » se termine par un point ou une espace, que Windows supprime : ce serait un autre fichier.',
    '"{name}" holds a character that Windows does not allow in a file name.':
      '« {name} » contient un caractère que Windows n’autorise pas dans un nom de fichier.',
    'The folder to write the repair files to is empty.': 'Le dossier où écrire les fichiers de réparation est vide.',
    '"{uri}" is not a URI.': '« {uri} » n’est pas un URI.',
    'Repair files are written to {where} only, not to {scheme}:.': 'Les fichiers de réparation ne sont écrits que dans des {where}, pas dans {scheme}:.',
    'local folders (file: URIs)': 'dossiers locaux (URI file:)',
    '{schemes} folders': 'dossiers {schemes}',
    '"{uri}" climbs above the root of the disk.': '« {uri} » remonte au-dessus de la racine du disque.',
    'The folder {uri} cannot be written to: {reason}': 'Impossible d’écrire dans le dossier {uri} : {reason}',
    'The dump is not open in the editor.': 'La sortie n’est pas ouverte dans l’éditeur.',
    'The server could not write the repair files; see the Certutil output channel.':
      'Le serveur n’a pas pu écrire les fichiers de réparation ; voir le canal de sortie « Certutil ».',
    'The server could not generate the repair files; see the Certutil output channel.':
      'Le serveur n’a pas pu générer les fichiers de réparation ; voir le canal de sortie « Certutil ».',
    'The document changed while this was computed.': 'Le document a changé pendant ce calcul.',
    'The dump changed while the repair files were planned.': 'La sortie a changé pendant la préparation des fichiers de réparation.',
    '{uri} is not an open certutil dump': '{uri} n’est pas une sortie certutil ouverte',
    'Unknown command {command}': 'Commande inconnue {command}',
    "{command} takes the dump's URI": '{command} attend l’URI de la sortie',
    'The folder must be a URI string.': 'Le dossier doit être une chaîne URI.',
    'Show {file} (already written)': 'Afficher {file} (déjà écrit)',
    'Choose the store, then generate KeyProv.inf (KeySpec=1) for serial {serial}':
      'Choisir le magasin, puis générer KeyProv.inf pour le numéro de série {serial} (KeySpec=1)',
    'Choose the store, then generate the key repair for serial {serial}':
      'Choisir le magasin, puis générer la réparation de la clé pour le numéro de série {serial}',
    '{path} cannot be read ({reason}), so its settings are not used.': '{path} ne peut pas être lu ({reason}) : ses paramètres ne sont donc pas utilisés.',
    'the echoed command "{command}"': 'la commande affichée « {command} »',
    'AccessState {value} (local machine system store)': 'AccessState {value} (magasin système de l’ordinateur local)',
    "AccessState {value} (a system store that is not the local machine's)": 'AccessState {value} (un magasin système autre que celui de l’ordinateur local)',
    "Run {command} (as the certificate's owner): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.":
      'Exécutez {command} en tant que propriétaire du certificat : sans INF, certutil cherche parmi les fournisseurs de clés la clé qui correspond au certificat. Si aucune ne correspond, la clé est perdue : restaurez-la depuis une sauvegarde (PFX) ou renouvelez avec une nouvelle clé.',
    '{advice} The dump does not settle which store the certificate is in: the quick fix asks first.':
      '{advice} La sortie ne permet pas de savoir dans quel magasin se trouve le certificat : le correctif rapide le demande d’abord.',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({a}; {b}): choose the store before a repair is written.':
      'La sortie se contredit sur la présence du certificat dans le magasin de l’ordinateur ou de l’utilisateur ({a}; {b}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({a}; {b}; {c}): choose the store before a repair is written.':
      'La sortie se contredit sur la présence du certificat dans le magasin de l’ordinateur ou de l’utilisateur ({a}; {b}; {c}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump contradicts itself about which store the certificate is in ({a}; {b}): choose the store before a repair is written.':
      'La sortie se contredit sur le magasin où se trouve le certificat ({a}; {b}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump contradicts itself about which store the certificate is in ({a}; {b}; {c}): choose the store before a repair is written.':
      'La sortie se contredit sur le magasin où se trouve le certificat ({a}; {b}; {c}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump shows {missing} for this certificate (only {a}; {b}): choose the store before a repair is written.':
      'La sortie n’affiche, pour ce certificat, {missing} (seulement {a}; {b}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'expected a JSON object of settings': 'un objet JSON de paramètres est attendu',
  },
};
